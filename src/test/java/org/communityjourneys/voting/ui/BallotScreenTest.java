package org.communityjourneys.voting.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.voting.domain.PaperVoter;
import org.communityjourneys.voting.domain.VotingChannel;
import org.communityjourneys.voting.service.PaperVoting;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The ballot screen and the paper-ballot screen, driven as a resident and a facilitator would. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "resident", roles = {"RESIDENT", "FACILITATOR"})
class BallotScreenTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    PaperVoting paperVoting;
    @Autowired
    AccountService accounts;

    private UUID journeyId;
    private final List<UUID> onBallot = new ArrayList<>();

    @BeforeEach
    void openAVote() {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(500_000).withBallot(BallotSettings.defaults().withPicks(2, 3)),
                "facilitator"));
        journeyId = journey.getId();
        ideas.openWindow(journeyId);
        for (String title : List.of("Baby bank", "Stay and play", "Parent peer support")) {
            onBallot.add(SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, new IdeaDraft(title, title + " for families.", 90_000,
                    Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"), "resident")));
        }
        ideas.closeWindow(journeyId, true);
        onBallot.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
        SpringMockVaadin.setUp(context, BallotView.class, PaperBallotsView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private void tick(UUID idea) {
        _get(Checkbox.class, spec -> spec.withId("pick-" + idea)).setValue(true);
    }

    @Test
    void theBallotShowsTheBudgetAndWhatEachIdeaCosts() {
        UI.getCurrent().navigate("journeys/" + journeyId + "/vote");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-budget")).getText())
                .isEqualTo("The budget for this journey is £5,000. Each idea shows what it would cost.");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Cost: £900 · led by A group"))).hasSize(3);
        // each idea links to its discussion, in a new tab so that the ballot stays as it is
        for (UUID idea : onBallot) {
            com.vaadin.flow.component.html.Anchor discussion = _get(com.vaadin.flow.component.html.Anchor.class,
                    spec -> spec.withId("ballot-discussion-" + idea));
            assertThat(discussion.getHref()).isEqualTo("journeys/" + journeyId + "/ideas/" + idea + "/discussion");
            assertThat(discussion.getTarget()).contains("_blank");
        }
    }

    @Test
    void theBallotIsInWelshWhenTheUiIs() {
        UI.getCurrent().setLocale(org.communityjourneys.shared.ui.Languages.WELSH);
        UI.getCurrent().navigate("journeys/" + journeyId + "/vote");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-budget")).getText())
                .isEqualTo("Y gyllideb ar gyfer y daith hon yw £5,000. Mae pob syniad yn dangos faint y byddai'n ei gostio.");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Cost: £900 · dan arweiniad A group"))).hasSize(3);
        assertThat(_get(Span.class, spec -> spec.withId("ballot-total")).getText()).isEqualTo("0 wedi'u dewis; 3 dewis ar ôl.");
        assertThat(_get(Button.class, spec -> spec.withId("cast-vote")).getText()).isEqualTo("Bwrw fy mhleidlais");
        assertThat(_get(BallotView.class).getPageTitle()).isEqualTo("Pleidleisio | Teithiau Cymunedol");
    }

    @Test
    void aVoteNotOpenYetSaysWhenItOpensInWelsh() {
        Journey later = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(500_000), "facilitator"));
        UI.getCurrent().setLocale(org.communityjourneys.shared.ui.Languages.WELSH);
        UI.getCurrent().navigate("journeys/" + later.getId() + "/vote");
        String opens = UkTime.clock(later.getVoteOpensAt()) + " ar " + UkTime.day(later.getVoteOpensAt(), org.communityjourneys.shared.ui.Languages.WELSH);
        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-not-open")).getText())
                .isEqualTo("Nid yw'r bleidlais ar agor eto: bydd yn agor am " + opens + " (amser y DU). Dewch yn ôl bryd hynny i bleidleisio.");
    }

    @Test
    void aVoteNotOpenYetSaysWhenItOpens() {
        Journey later = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(500_000), "facilitator"));
        UI.getCurrent().navigate("journeys/" + later.getId() + "/vote");
        assertThat(_get(Paragraph.class, spec -> spec.withId("vote-not-open")).getText())
                .isEqualTo("The vote is not open yet: it opens at " + UkTime.deadline(later.getVoteOpensAt())
                        + " (UK time). Come back then to vote.");
    }

    @Test
    void tooFewPicksAreRefusedOnTheScreenAndNothingIsStored() {
        UI.getCurrent().navigate("journeys/" + journeyId + "/vote");
        tick(onBallot.get(0));
        assertThat(_get(Span.class, spec -> spec.withId("ballot-total")).getText()).isEqualTo("1 chosen; 2 picks left.");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("cast-vote")));

        Div problem = _get(Div.class, spec -> spec.withId("ballot-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Choose at least 2 ideas.");
        assertThat(votes.turnout(journeyId)).isZero();
    }

    @Test
    void aRefusedBallotIsExplainedInWelshWhenTheUiIs() {
        UI.getCurrent().setLocale(org.communityjourneys.shared.ui.Languages.WELSH);
        UI.getCurrent().navigate("journeys/" + journeyId + "/vote");
        tick(onBallot.get(0));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("cast-vote")));

        Div problem = _get(Div.class, spec -> spec.withId("ballot-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Dewiswch o leiaf 2 syniad.");
        assertThat(votes.problemWith(journeyId, null)).get().extracting(Throwable::getMessage)
                .isEqualTo("Choose the ideas you vote for.");
        assertThat(votes.turnout(journeyId)).isZero();
    }

    @Test
    void aConfirmedVoteShowsItsReceiptOnce() {
        UI.getCurrent().navigate("journeys/" + journeyId + "/vote");
        tick(onBallot.get(0));
        tick(onBallot.get(2));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("cast-vote")));
        assertThat(votes.turnout(journeyId)).isZero();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("confirm-vote")));

        String code = _get(Span.class, spec -> spec.withId("receipt-code")).getText();
        assertThat(votes.checkReceipt(journeyId, code)).isEqualTo(ReceiptCheck.SEALED);
        // the voter's own choices, shown on this confirmation only (nothing stored links them to the voter)
        assertThat(_get(UnorderedList.class, spec -> spec.withId("cast-choices")).getChildren()
                .map(item -> ((ListItem) item).getText()).toList()).hasSize(2);
        assertThat(votes.hasVoted(journeyId, "resident")).isTrue();

        UI.getCurrent().navigate("journeys/" + journeyId + "/paper-ballots");
        UI.getCurrent().navigate("journeys/" + journeyId + "/vote");
        _assertOne(Paragraph.class, spec -> spec.withText("You have already voted in this journey. Thank you."));
        _assertNone(Span.class, spec -> spec.withId("receipt-code"));
    }

    @Test
    void aFacilitatorEntersAPaperBallotAndTheSameNumberTwiceIsRefused() {
        UI.getCurrent().navigate("journeys/" + journeyId + "/paper-ballots");
        assertThat(_get(Paragraph.class, spec -> spec.withId("paper-count")).getText())
                .isEqualTo("0 paper ballots entered so far; 0 residents have voted in all.");
        chooseVoter("applicant");
        _get(TextField.class, spec -> spec.withId("paper-number")).setValue("LEO-17");
        tick(onBallot.get(1));
        tick(onBallot.get(2));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("enter-paper-ballot")));
        assertThat(_get(Div.class, spec -> spec.withId("paper-message")).getText())
                .isEqualTo("Paper ballot LEO-17 for " + accounts.find("applicant").orElseThrow().getDisplayName() + " is entered.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("paper-count")).getText())
                .isEqualTo("1 paper ballot entered so far; 1 resident has voted in all.");
        assertThat(_get(TextField.class, spec -> spec.withId("paper-voter-search")).getValue()).as("ready for the next paper").isEmpty();
        _assertNone(RadioButtonGroup.class, spec -> spec.withId("paper-voter"));

        chooseVoter("resident");
        _get(TextField.class, spec -> spec.withId("paper-number")).setValue("LEO-17");
        tick(onBallot.get(0));
        tick(onBallot.get(1));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("enter-paper-ballot")));
        assertThat(_get(Div.class, spec -> spec.withId("paper-message")).getText())
                .isEqualTo("Paper ballot number LEO-17 has already been entered.");
        assertThat(votes.turnout(journeyId)).isEqualTo(1);
    }

    @Test
    void aPersonWithoutAnAccountIsTakenDownFromTheirPaperWithEachProblemOnItsField() {
        UI.getCurrent().navigate("journeys/" + journeyId + "/paper-ballots");
        _get(Checkbox.class, spec -> spec.withId("paper-without-account")).setValue(true);
        String name = "Mary Paperton " + UUID.randomUUID().toString().substring(0, 6);
        _get(TextField.class, spec -> spec.withId("paper-person-name")).setValue(name);
        _get(TextField.class, spec -> spec.withId("paper-person-postcode")).setValue("HR9 5AN");
        _get(TextField.class, spec -> spec.withId("paper-number")).setValue("LEO-40");
        tick(onBallot.get(0));
        tick(onBallot.get(1));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("enter-paper-ballot")));
        TextField postcode = _get(TextField.class, spec -> spec.withId("paper-person-postcode"));
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("That postcode is in Ross East, which is not taking part in this vote.");
        assertThat(votes.turnout(journeyId)).isZero();

        postcode.setValue("HR6 8BB");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("enter-paper-ballot")));
        assertThat(_get(Div.class, spec -> spec.withId("paper-message")).getText())
                .isEqualTo("Paper ballot LEO-40 for " + name + " is entered.");
        assertThat(votes.turnout(journeyId, VotingChannel.PAPER)).isEqualTo(1);
        assertThat(_get(Checkbox.class, spec -> spec.withId("paper-without-account")).getValue()).isFalse();
        _assertNone(TextField.class, spec -> spec.withId("paper-person-name"));
    }

    @SuppressWarnings("unchecked")
    private void chooseVoter(String username) {
        _get(TextField.class, spec -> spec.withId("paper-voter-search")).setValue(username);
        PaperVoter voter = paperVoting.findVoters(journeyId, username).stream()
                .filter(found -> found.username().equals(username)).findFirst().orElseThrow();
        _get(RadioButtonGroup.class, spec -> spec.withId("paper-voter")).setValue(voter);
    }
}
