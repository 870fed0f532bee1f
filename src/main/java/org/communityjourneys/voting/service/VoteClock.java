package org.communityjourneys.voting.service;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyProcess;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.voting.domain.VoteBroughtForward;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator opens the vote now or closes it now, instead of at the times set at launch. The
 * vote opens or closes at once (casting is refused from the moment it closes, and its ballots are
 * mixed), the journey's process timer is brought forward in the same transaction, and the audit
 * log records who did it and what the planned time was.
 */
@Service
@Transactional
public class VoteClock {

    private final VoteService votes;
    private final JourneyService journeys;
    private final JourneyProcess process;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoteClock(VoteService votes, JourneyService journeys, JourneyProcess process, CurrentUser currentUser,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.votes = votes;
        this.journeys = journeys;
        this.process = process;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Opens the shortlist's vote now; only while the journey waits for its vote to open. */
    public void openNow(UUID journeyId, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR, Role.GOVERNANCE);
        Journey journey = journeys.get(journeyId);
        if (journey.getStage() != JourneyStage.VOTE_SCHEDULED || votes.isOpen(journeyId) || votes.isClosed(journeyId)) {
            throw new NotWaitingToOpen(journey.getStage());
        }
        process.openVoteNow(journeyId);
        votes.openVote(journeyId);
        events.publishEvent(new VoteBroughtForward(journeyId, true, journey.getVoteOpensAt(), clock.instant(), facilitator));
    }

    /** Closes the open vote now: no ballot is taken after this, and the count follows. */
    public void closeNow(UUID journeyId, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR, Role.GOVERNANCE);
        Journey journey = journeys.get(journeyId);
        if (!votes.isOpen(journeyId)) {
            throw Refused.state("voting.refused.notOpenToClose");
        }
        process.closeVoteNow(journeyId);
        votes.closeVote(journeyId);
        events.publishEvent(new VoteBroughtForward(journeyId, false, journey.getVoteClosesAt(), clock.instant(), facilitator));
    }

    /** "The vote is not waiting to open: the journey is at “Ideas”.", the stage named in the reader's language too. */
    static final class NotWaitingToOpen extends Refused.State {

        private final JourneyStage stage;

        NotWaitingToOpen(JourneyStage stage) {
            super("voting.refused.notWaitingToOpen", stage.label());
            this.stage = stage;
        }

        @Override
        public String in(Locale locale) {
            String named = MessageBundles.find("stage." + stage.name(), locale).orElse(stage.label());
            return MessageBundles.find(messageKey(), locale, named).orElse(getMessage());
        }
    }
}
