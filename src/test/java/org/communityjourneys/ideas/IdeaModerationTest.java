package org.communityjourneys.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.ideas.domain.EligibilityCheck;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.domain.ShortlistChoice;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.ideas.service.IdeasWindowClosed;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Editing, withdrawing, moderation, assisted entry, the shortlist's choices and bad input, on the real database. */
@SpringBootTest
@ActiveProfiles("test")
class IdeaModerationTest {

    @Autowired
    org.communityjourneys.identity.service.AccountService accounts;

    @org.junit.jupiter.api.BeforeEach
    void residentsOfTheWard() {
        Journeys.residents(accounts, "author", "first", "second", "neighbour", "ann", "bob", "cat");
    }

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    JdbcTemplate jdbc;

    private static IdeaDraft draft(String title, long pence) {
        return new IdeaDraft(title, "Weekly sessions for under-fives and carers.", pence, Theme.BEST_START_IN_LIFE,
                Journeys.WARD, "Friends of the library", "friends@example.org", Set.of(Population.FAMILIES_UNDER_FIVE_ACES));
    }

    private Journey openJourney() {
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        return journey;
    }

    @Test
    void theAuthorEditsWhileTheWindowIsOpenAndNothingChangesAfterItCloses() {
        Journey journey = openJourney();
        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Stay and play", 80_000), "author"));
        assertThat(ideas.get(idea).getPopulations()).containsExactly(Population.FAMILIES_UNDER_FIVE_ACES);

        SignedIn.as("author", "RESIDENT", () -> ideas.edit(idea, new IdeaDraft("Stay and play at the library", "Now twice a week.", 90_000, Theme.MENTAL_WELLBEING,
                Journeys.WARD, "Library friends", "0123", Set.of(Population.LONELY_OR_ISOLATED)), "author"));
        Idea edited = ideas.get(idea);
        assertThat(edited.getTitle()).isEqualTo("Stay and play at the library");
        assertThat(edited.getEstimatedCostPence()).isEqualTo(90_000);
        assertThat(edited.getPopulations()).containsExactly(Population.LONELY_OR_ISOLATED);
        assertThat(edited.getUpdatedAt()).isNotNull();

        assertThatThrownBy(() -> SignedIn.as("intruder", "RESIDENT", () -> ideas.edit(idea, draft("Someone else's change", 80_000), "intruder")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only the person");

        ideas.closeWindow(journey.getId(), true);
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.edit(idea, draft("Too late", 70_000), "author")))
                .isInstanceOf(IdeasWindowClosed.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.withdraw(idea, "author"))).isInstanceOf(IdeasWindowClosed.class);
        assertThatThrownBy(() -> SignedIn.as("neighbour", "RESIDENT", () -> ideas.support(idea, "neighbour"))).isInstanceOf(IdeasWindowClosed.class);
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Late idea", 70_000), "author")))
                .isInstanceOf(IdeasWindowClosed.class);
        Idea after = ideas.get(idea);
        assertThat(after.getTitle()).isEqualTo("Stay and play at the library");
        assertThat(after.getEstimatedCostPence()).isEqualTo(90_000);
        assertThat(after.getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
        assertThat(ideas.supportCount(idea)).isZero();
        assertThat(ideas.forJourney(journey.getId())).hasSize(1);
    }

    @Test
    void theAuthorWithdrawsOnlyTheirOwnIdea() {
        Journey journey = openJourney();
        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Toy library", 40_000), "author"));
        assertThatThrownBy(() -> SignedIn.as("someone", "RESIDENT", () -> ideas.withdraw(idea, "someone"))).isInstanceOf(IllegalArgumentException.class);
        SignedIn.as("author", "RESIDENT", () -> ideas.withdraw(idea, "author"));
        assertThat(ideas.get(idea).getStatus()).isEqualTo(IdeaStatus.WITHDRAWN);
        assertThat(ideas.ideasToScreen(journey.getId())).isEmpty();
        assertThatThrownBy(() -> SignedIn.as("neighbour", "RESIDENT", () -> ideas.support(idea, "neighbour"))).hasMessageContaining("can no longer be supported");
    }

    @Test
    void aCostOfZeroNegativeOrAboveTheLargestGrantIsRefusedAndNothingIsStored() {
        Journey journey = openJourney();
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Free", 0), "author")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than £0");
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Negative", -500), "author")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than £0");
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Huge", IdeaDraft.LARGEST_GRANT_PENCE + 1), "author")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("£20,000");
        assertThat(ideas.forJourney(journey.getId())).isEmpty();

        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Just right", IdeaDraft.LARGEST_GRANT_PENCE), "author"));
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.edit(idea, draft("Just right", 0), "author")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than £0");
        assertThat(ideas.get(idea).getEstimatedCostPence()).isEqualTo(IdeaDraft.LARGEST_GRANT_PENCE);
    }

    @Test
    void aSecondSupportIsRefusedAndCountsOnce() {
        Journey journey = openJourney();
        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Baby bank", 60_000), "author"));
        SignedIn.as("neighbour", "RESIDENT", () -> ideas.support(idea, "neighbour"));
        assertThatThrownBy(() -> SignedIn.as("neighbour", "RESIDENT", () -> ideas.support(idea, "neighbour"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("You already support this idea.");
        assertThat(ideas.supportCount(idea)).isEqualTo(1);
        assertThat(ideas.supports(idea, "neighbour")).isTrue();
    }

    /**
     * The service keeps what a resident typed, markup and all; the pages show it as text (checked
     * where it is rendered: IdeaModerationScreenTest on the components, ResidentIdeasBrowserIT in
     * Chromium, where a script in a description must not run).
     */
    @Test
    void scriptAndHtmlAreStoredExactlyAsTyped() {
        Journey journey = openJourney();
        String title = "<script>alert('x')</script><b>Bold</b>";
        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(title, "<img src=x onerror=alert(1)>", 10_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "<i>me</i>", "a@b.org"), "author"));
        assertThat(ideas.get(idea).getTitle()).isEqualTo(title);
        assertThat(ideas.get(idea).getDescription()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void aHiddenIdeaLeavesPublicPagesButItsAuthorSeesItWithTheReason() {
        Journey journey = openJourney();
        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Phone numbers inside", 30_000), "author"));
        assertThatThrownBy(() -> ideas.hide(idea, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThat(ideas.get(idea).getStatus()).isEqualTo(IdeaStatus.SUBMITTED);

        ideas.hide(idea, "It shows a child's name.");
        Idea hidden = ideas.get(idea);
        assertThat(hidden.getStatus()).isEqualTo(IdeaStatus.HIDDEN);
        assertThat(hidden.getHiddenReason()).isEqualTo("It shows a child's name.");
        assertThat(hidden.getModeratedBy()).isEqualTo("facilitator");
        assertThat(ideas.visibleTo(journey.getId(), "neighbour", false)).isEmpty();
        assertThat(ideas.visibleTo(journey.getId(), "author", false)).extracting(Idea::getId).containsExactly(idea);
        assertThat(ideas.ideasToScreen(journey.getId())).isEmpty();
        assertThat(auditActions(idea)).contains("idea.hidden");
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void aResidentCannotModerate() {
        Journey journey = openJourney();
        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Park run", 30_000), "author"));
        assertThatThrownBy(() -> ideas.hide(idea, "No")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ideas.submitOnBehalf(journey.getId(), draft("Paper", 1_000), null, "Ann"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ideas.get(idea).getStatus()).isEqualTo(IdeaStatus.SUBMITTED);
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void mergingCarriesSupportsOverWithoutCountingAnyoneTwice() {
        Journey journey = openJourney();
        UUID kept = SignedIn.as("first", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Community fridge", 50_000), "first"));
        UUID duplicate = SignedIn.as("second", "RESIDENT", () -> ideas.submit(journey.getId(), draft("A fridge for the community", 40_000), "second"));
        SignedIn.as("ann", "RESIDENT", () -> ideas.support(kept, "ann"));
        SignedIn.as("bob", "RESIDENT", () -> ideas.support(kept, "bob"));
        SignedIn.as("bob", "RESIDENT", () -> ideas.support(duplicate, "bob"));
        SignedIn.as("cat", "RESIDENT", () -> ideas.support(duplicate, "cat"));

        assertThatThrownBy(() -> ideas.merge(kept, kept, null)).isInstanceOf(IllegalArgumentException.class);
        ideas.merge(duplicate, kept, "Same fridge, same place.");

        assertThat(ideas.supportCount(kept)).isEqualTo(3);
        assertThat(ideas.supportCount(duplicate)).isZero();
        Idea merged = ideas.get(duplicate);
        assertThat(merged.getStatus()).isEqualTo(IdeaStatus.MERGED);
        assertThat(merged.getMergedInto()).isEqualTo(kept);
        assertThat(ideas.ideasToScreen(journey.getId())).containsExactly(kept);
        assertThatThrownBy(() -> ideas.merge(duplicate, kept, null)).isInstanceOf(IllegalStateException.class);
        assertThat(auditActions(duplicate)).contains("idea.merged");
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void aFacilitatorEntersAPaperIdeaForAResident() {
        Journey journey = openJourney();
        assertThatThrownBy(() -> ideas.submitOnBehalf(journey.getId(), draft("Nobody's", 1_000), null, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give their name");

        UUID forAccount = ideas.submitOnBehalf(journey.getId(), draft("Lunch club", 20_000), "resident", null);
        UUID forName = ideas.submitOnBehalf(journey.getId(), draft("Walking group", 5_000), null, "Mrs Jones");

        assertThat(ideas.get(forAccount).getAuthor()).isEqualTo("resident");
        assertThat(ideas.get(forAccount).getEnteredBy()).isEqualTo("facilitator");
        assertThat(ideas.get(forName).getAuthor()).isEqualTo("facilitator");
        assertThat(ideas.get(forName).getEnteredFor()).isEqualTo("Mrs Jones");
        assertThat(ideas.get(forName).isEnteredOnBehalf()).isTrue();
        assertThat(auditActions(forName)).contains("idea.entered-on-behalf", "idea.submitted");
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void goingAgainstTheRulesNeedsAReasonAndARefusalChangesNothing() {
        Journey journey = openJourney();
        UUID fine = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Messy play", 30_000), "author"));
        UUID offTheme = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), draft("Bowls club", 30_000), "author"));
        assertThatThrownBy(() -> ideas.confirmShortlistOnScreen(journey.getId(), "task", List.of()))
                .hasMessageContaining("still open");
        ideas.closeWindow(journey.getId(), true);
        ideas.recordEligibility(fine, List.of(new EligibilityCheck("Theme", true, "On theme.")));
        ideas.recordEligibility(offTheme, List.of(new EligibilityCheck("Cost band", true, "Fine."),
                new EligibilityCheck("Theme", false, "Off theme.")));
        assertThat(ideas.get(offTheme).getStatus()).isEqualTo(IdeaStatus.INELIGIBLE);
        assertThat(ideas.get(offTheme).getEligibilityReason()).isEqualTo("Off theme.");

        assertThatThrownBy(() -> ideas.confirmShortlistOnScreen(journey.getId(), "task",
                List.of(new ShortlistChoice(fine, true, null), new ShortlistChoice(offTheme, true, " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bowls club");
        assertThatThrownBy(() -> ideas.confirmShortlistOnScreen(journey.getId(), "task",
                List.of(new ShortlistChoice(fine, true, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Include or leave out");
        assertThatThrownBy(() -> ideas.confirmShortlistOnScreen(journey.getId(), null,
                List.of(new ShortlistChoice(fine, true, null), new ShortlistChoice(offTheme, true, "Bowls is for all ages."))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("My tasks");

        assertThat(ideas.get(fine).getStatus()).isEqualTo(IdeaStatus.ELIGIBLE);
        assertThat(ideas.get(offTheme).getStatus()).isEqualTo(IdeaStatus.INELIGIBLE);
        assertThat(ideas.isShortlistConfirmed(journey.getId())).isFalse();
    }

    private List<String> auditActions(UUID ideaId) {
        return jdbc.queryForList("select action from audit_entry where subject_id = ?", String.class, ideaId.toString());
    }
}
