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
import java.util.List;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.AssetNote;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.SignedIn;

/** Test data for the public pages: a journey in Arrow ward with a showcase and an idea carrying a contact. */
final class Wards {

    static final String ARROW = "E05009438";
    static final String ARROW_RESIDENT = "arrow.resident@example.org";
    static final String CONTACT = "lead.person@example.org";
    static final String LED_BY = "Pat Leader-Person";

    private Wards() {
    }

    static Journey journeyWithAnIdea(org.communityjourneys.identity.service.AccountService accounts, JourneyService journeys,
            ShowcaseService showcase, IdeaService ideas) {
        return journeyWithAnIdea(accounts, journeys, showcase, ideas, List.of());
    }

    /** As above, with these stories (e.g. with photos) added to the showcase conversation. */
    static Journey journeyWithAnIdea(org.communityjourneys.identity.service.AccountService accounts, JourneyService journeys,
            ShowcaseService showcase, IdeaService ideas, List<StoryNote> stories) {
        Instant now = Instant.now();
        // ideas come from verified residents of the journey's ward
        accounts.ensureAccount(ARROW_RESIDENT, "Arrow resident", "a long test password",
                java.util.EnumSet.of(org.communityjourneys.identity.domain.Role.RESIDENT), ARROW, true);
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(new LaunchPlan("Arrow together " + UUID.randomUUID().toString().substring(0, 8),
                Set.of(ARROW), Theme.MENTAL_WELLBEING, 300_000, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(21)), now.plus(Duration.ofDays(35))), "facilitator"));
        SignedIn.asFacilitator(() -> showcase.record(journey.getId(), new ConversationRecord(LocalDate.now().minusDays(2),
                "Village hall", 17,
                List.of(new AssetNote(AssetKind.PLACE, "The village hall", null),
                        new AssetNote(AssetKind.GROUP, "A walking group", "Meets on Sundays")),
                List.of("Lifts to the surgery"),
                List.of(new NeedNote("Somewhere warm to meet in winter", Set.of(Theme.MENTAL_WELLBEING),
                        Set.of(Population.LONELY_OR_ISOLATED))),
                concat(StoryNote.text("A story of neighbours helping"), stories))));
        ideas.openWindow(journey.getId());
        SignedIn.as(ARROW_RESIDENT, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Warm space on Tuesdays", "A warm room with tea every Tuesday.", 120_000,
                Theme.MENTAL_WELLBEING, ARROW, LED_BY, CONTACT), ARROW_RESIDENT));
        return journey;
    }

    private static List<StoryNote> concat(StoryNote first, List<StoryNote> more) {
        List<StoryNote> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(more);
        return all;
    }
}
