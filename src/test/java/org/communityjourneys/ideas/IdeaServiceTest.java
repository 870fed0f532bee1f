package org.communityjourneys.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.ideas.service.IdeasWindowClosed;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class IdeaServiceTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;

    private IdeaDraft draft(long pence) {
        return new IdeaDraft("Stay and play in the library", "Weekly play sessions for under-fives and carers.", pence,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of the library", "friends@example.org");
    }

    @Test
    void ideasCanOnlyBeAddedWhileTheWindowIsOpen() {
        Journey journey = Journeys.launch(journeys, 500_000);
        assertThatThrownBy(() -> ideas.submit(journey.getId(), draft(80_000), "resident"))
                .isInstanceOf(IdeasWindowClosed.class);

        ideas.openWindow(journey.getId());
        UUID idea = ideas.submit(journey.getId(), draft(80_000), "resident");
        assertThat(ideas.ideasToScreen(journey.getId())).containsExactly(idea);

        ideas.closeWindow(journey.getId(), true);
        assertThatThrownBy(() -> ideas.submit(journey.getId(), draft(80_000), "resident"))
                .isInstanceOf(IdeasWindowClosed.class)
                .hasMessageContaining("closed");
        assertThat(ideas.ideasToScreen(journey.getId())).hasSize(1);
    }

    @Test
    void aResidentSupportsAnIdeaOnce() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        UUID idea = ideas.submit(journey.getId(), draft(80_000), "applicant");
        ideas.support(idea, "resident");
        assertThatThrownBy(() -> ideas.support(idea, "resident")).hasMessage("You already support this idea.");
        assertThat(ideas.supportCount(idea)).isEqualTo(1);
    }

    @Test
    void anIdeaForAnotherWardIsRefused() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        IdeaDraft elsewhere = new IdeaDraft("Elsewhere", "Not here", 1_000, Theme.OTHER, "E05009438", "A group", "a@b.org");
        assertThatThrownBy(() -> ideas.submit(journey.getId(), elsewhere, "resident"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not running in that ward");
        assertThat(ideas.forJourney(journey.getId())).isEmpty();
    }
}
