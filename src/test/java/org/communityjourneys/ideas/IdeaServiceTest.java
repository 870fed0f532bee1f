package org.communityjourneys.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.AttemptLimits;
import org.communityjourneys.identity.service.TooManyAttempts;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.ideas.service.IdeasWindowClosed;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class IdeaServiceTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    AccountService accounts;
    @Autowired
    AttemptLimits limits;
    @Autowired
    JdbcTemplate jdbc;

    private IdeaDraft draft(long pence) {
        return new IdeaDraft("Stay and play in the library", "Weekly play sessions for under-fives and carers.", pence,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of the library", "friends@example.org");
    }

    @Test
    void ideasCanOnlyBeAddedWhileTheWindowIsOpen() {
        Journey journey = Journeys.launch(journeys, 500_000);
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), draft(80_000), "resident")))
                .isInstanceOf(IdeasWindowClosed.class);

        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), draft(80_000), "resident"));
        assertThat(ideas.ideasToScreen(journey.getId())).containsExactly(idea);

        ideas.closeWindow(journey.getId(), true);
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), draft(80_000), "resident")))
                .isInstanceOf(IdeasWindowClosed.class)
                .hasMessageContaining("closed");
        assertThat(ideas.ideasToScreen(journey.getId())).hasSize(1);
    }

    @Test
    void aResidentSupportsAnIdeaOnce() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("applicant", "RESIDENT", () -> ideas.submit(journey.getId(), draft(80_000), "applicant"));
        SignedIn.as("resident", "RESIDENT", () -> ideas.support(idea, "resident"));
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> ideas.support(idea, "resident"))).hasMessage("You already support this idea.");
        assertThat(ideas.supportCount(idea)).isEqualTo(1);
    }

    @Test
    void anAuthorCannotSupportTheirOwnIdea() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("applicant", "RESIDENT", () -> ideas.submit(journey.getId(), draft(80_000), "applicant"));
        assertThatThrownBy(() -> SignedIn.as("applicant", "RESIDENT", () -> ideas.support(idea, "applicant")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("You put this idea forward, so you cannot support it yourself: ask your neighbours to support it.");
        assertThat(supportRows(idea)).isZero();
        SignedIn.as("resident", "RESIDENT", () -> ideas.support(idea, "resident"));
        assertThat(ideas.supportCount(idea)).isEqualTo(1);
    }

    @Test
    void anIdeaForAnotherWardIsRefused() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        IdeaDraft elsewhere = new IdeaDraft("Elsewhere", "Not here", 1_000, Theme.OTHER, "E05009438", "A group", "a@b.org");
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), elsewhere, "resident")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not running in that ward");
        assertThat(ideas.forJourney(journey.getId())).isEmpty();
    }

    private long ideaRows(UUID journeyId) {
        return jdbc.queryForObject("select count(*) from idea where journey_id = ?", Long.class, journeyId);
    }

    private long supportRows(UUID ideaId) {
        return jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Long.class, ideaId);
    }

    private static String someone(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void onlyVerifiedResidentsOfTheJourneysWardsPutForwardAndSupportIdeas() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), draft(80_000), "resident"));
        String unverified = someone("unverified");
        accounts.ensureAccount(unverified, "Una", "a long password", EnumSet.of(Role.RESIDENT), Journeys.WARD, false);
        String elsewhere = someone("elsewhere");
        accounts.ensureAccount(elsewhere, "Elsie", "a long password", EnumSet.of(Role.RESIDENT), "E05009438", true);
        String stranger = someone("no-account");
        long ideasBefore = ideaRows(journey.getId());
        long supportsBefore = supportRows(idea);

        for (String refused : new String[] {unverified, elsewhere, stranger}) {
            assertThatThrownBy(() -> SignedIn.as(refused, "RESIDENT", () -> ideas.submit(journey.getId(), draft(50_000), refused)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Only verified residents of this journey's wards can put forward ideas.");
            assertThatThrownBy(() -> SignedIn.as(refused, "RESIDENT", () -> ideas.support(idea, refused)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Only verified residents of this journey's wards can support ideas.");
        }

        assertThat(ideaRows(journey.getId())).isEqualTo(ideasBefore);
        assertThat(supportRows(idea)).isEqualTo(supportsBefore);
    }

    @Test
    void ideasAndSupportsAreLimitedPerAccount() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        String busy = someone("busy");
        Journeys.residents(accounts, busy);
        int ideaLimit = limits.limitOf(LimitedAction.IDEA).perAccount();
        assertThat(ideaLimit).isPositive();
        for (int i = 1; i < ideaLimit; i++) {
            limits.record(LimitedAction.IDEA, busy, null);
        }
        UUID last = SignedIn.as(busy, "RESIDENT", () -> ideas.submit(journey.getId(), draft(80_000), busy));
        long ideasBefore = ideaRows(journey.getId());

        assertThatThrownBy(() -> SignedIn.as(busy, "RESIDENT", () -> ideas.submit(journey.getId(), draft(70_000), busy)))
                .isInstanceOf(TooManyAttempts.class)
                .hasMessageStartingWith("Too many ideas. Try again in ")
                .hasMessageEndingWith(" minutes.");
        assertThat(ideaRows(journey.getId())).isEqualTo(ideasBefore);
        // someone else in the ward is not held back by it
        SignedIn.as("applicant", "RESIDENT", () -> ideas.submit(journey.getId(), draft(70_000), "applicant"));

        String keen = someone("keen");
        Journeys.residents(accounts, keen);
        int supportLimit = limits.limitOf(LimitedAction.SUPPORT).perAccount();
        for (int i = 1; i < supportLimit; i++) {
            limits.record(LimitedAction.SUPPORT, keen, null);
        }
        UUID other = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), draft(60_000), "resident"));
        SignedIn.as(keen, "RESIDENT", () -> ideas.support(last, keen));
        long supportsBefore = supportRows(other);
        assertThatThrownBy(() -> SignedIn.as(keen, "RESIDENT", () -> ideas.support(other, keen)))
                .isInstanceOf(TooManyAttempts.class)
                .hasMessageStartingWith("Too many supports. Try again in ");
        assertThat(supportRows(other)).isEqualTo(supportsBefore);
        assertThat(ideas.supports(last, keen)).isTrue();
    }
}
