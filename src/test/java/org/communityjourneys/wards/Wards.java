package org.communityjourneys.wards;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.service.ShowcaseService;

/** Test data for the public pages: a journey in Arrow ward with a showcase and an idea carrying a contact. */
final class Wards {

    static final String ARROW = "E05009438";
    static final String CONTACT = "lead.person@example.org";
    static final String LED_BY = "Pat Leader-Person";

    private Wards() {
    }

    static Journey journeyWithAnIdea(JourneyService journeys, ShowcaseService showcase, IdeaService ideas) {
        Instant now = Instant.now();
        Journey journey = journeys.launch(new LaunchPlan("Arrow together " + UUID.randomUUID().toString().substring(0, 8),
                Set.of(ARROW), Theme.MENTAL_WELLBEING, 300_000, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(21)), now.plus(Duration.ofDays(35))), "facilitator");
        showcase.record(journey.getId(), new ConversationRecord(LocalDate.now().minusDays(2), "Village hall", 17,
                "The village hall and a walking group", "Lifts to the surgery", "Somewhere warm to meet in winter",
                "A story"), "facilitator");
        ideas.openWindow(journey.getId());
        ideas.submit(journey.getId(), new IdeaDraft("Warm space on Tuesdays", "A warm room with tea every Tuesday.", 120_000,
                Theme.MENTAL_WELLBEING, ARROW, LED_BY, CONTACT), "resident");
        return journey;
    }
}
