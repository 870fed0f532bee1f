package org.communityjourneys.showcase.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.ShowcaseConversation;
import org.communityjourneys.showcase.domain.ShowcaseConversationRecorded;
import org.communityjourneys.showcase.domain.ShowcaseConversationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the showcase conversations of a journey. */
@Service
@Transactional
public class ShowcaseService {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    private final ShowcaseConversationRepository conversations;
    private final JourneyService journeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShowcaseService(ShowcaseConversationRepository conversations, JourneyService journeys,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.conversations = conversations;
        this.journeys = journeys;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public UUID record(UUID journeyId, ConversationRecord record, String recordedBy) {
        journeys.get(journeyId);
        List<String> problems = record.problems(LocalDate.now(clock.withZone(COUNTY)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        ShowcaseConversation conversation = conversations.save(
                new ShowcaseConversation(journeyId, record, recordedBy, clock.instant()));
        events.publishEvent(new ShowcaseConversationRecorded(journeyId, conversation.getId(), recordedBy));
        return conversation.getId();
    }

    @Transactional(readOnly = true)
    public List<ShowcaseConversation> forJourney(UUID journeyId) {
        return conversations.findByJourneyIdOrderByHeldOnAsc(journeyId);
    }

    @Transactional(readOnly = true)
    public long count(UUID journeyId) {
        return conversations.countByJourneyId(journeyId);
    }
}
