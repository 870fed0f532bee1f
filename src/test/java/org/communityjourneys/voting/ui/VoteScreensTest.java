package org.communityjourneys.voting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SecondFacilitator;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.PaperEntryChecks;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The certification screen, the public results page with its receipt check, and extending a vote. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class VoteScreensTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    AccountService accounts;
    @Autowired
    PaperEntryChecks paperChecks;
    @Autowired
    JdbcTemplate jdbc;

    private UUID journeyId;
    private final List<UUID> onBallot = new ArrayList<>();

    /** Budget £2,000: baby bank £900 and stay and play £900 fit, the £1,500 hall does not. */
    @BeforeEach
    void openAVote() {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(200_000).withBallot(BallotSettings.defaults().withRule("greedy")),
                "facilitator"));
        journeyId = journey.getId();
        ideas.openWindow(journeyId);
        for (String title : List.of("Baby bank", "Stay and play", "Hall repairs")) {
            long cost = title.equals("Hall repairs") ? 150_000 : 90_000;
            onBallot.add(SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journeyId, new IdeaDraft(title, title + " for families.", cost,
                    Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org"), "resident")));
        }
        ideas.closeWindow(journeyId, true);
        onBallot.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
        SpringMockVaadin.setUp(context, CertifyResultView.class, ResultsView.class, PaperBallotsView.class, PaperChecksView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private String voter() {
        String username = "screen-voter-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureAccount(username, "Voter", "journeys-voter", Set.of(Role.RESIDENT), Journeys.WARD, true);
        return username;
    }

    /** Hall 3 votes, baby bank 2, stay and play 1 (one on paper); returns the receipt of one hall vote. */
    private String countedVote() {
        String first = voter();
        String second = voter();
        String receipt = SignedIn.as(first, "RESIDENT", () -> votes.cast(journeyId, first, BallotChoice.picking(List.of(onBallot.get(2), onBallot.get(0)))));
        SignedIn.as(second, "RESIDENT", () -> votes.cast(journeyId, second, BallotChoice.picking(List.of(onBallot.get(2)))));
        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, voter(), "P-" + UUID.randomUUID().toString().substring(0, 6),
                BallotChoice.picking(List.of(onBallot.get(2), onBallot.get(0), onBallot.get(1))), "facilitator"));
        votes.closeVote(journeyId);
        votes.tally(journeyId);
        SecondFacilitator.confirmsTheSample(paperChecks, journeyId);
        return receipt;
    }

    @Test
    void theCertificationScreenShowsTheCountAndRefusesWithoutItsTask() {
        countedVote();
        UI.getCurrent().navigate("journeys/" + journeyId + "/certify", QueryParameters.of("task", "no-such-task"));

        OrderedList funded = _get(OrderedList.class, spec -> spec.withId("certify-funded"));
        assertThat(funded.getChildren().map(item -> ((ListItem) item).getText()).toList())
                .containsExactly("Hall repairs: £1,500, 3 votes");
        Grid<?> lines = _get(Grid.class, spec -> spec.withId("certify-lines"));
        assertThat(GridKt._size(lines)).isEqualTo(3);
        String facts = _get(DescriptionList.class, spec -> spec.withId("certify-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("Most votes first").contains("Budget used£1,500 (£500 left)")
                .contains("Ballots online2").contains("Ballots on paper1").contains("Turnout3 residents");
        assertThat(_get(Anchor.class, spec -> spec.withId("certify-download-ballots")).getHref())
                .isEqualTo("journeys/" + journeyId + "/ballots.pb");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("recount-result")));
        assertThat(_get(Div.class, spec -> spec.withId("certify-problem")).getText())
                .isEqualTo("Say why the ballots must be counted again.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("certify-result")));
        assertThat(_get(Div.class, spec -> spec.withId("certify-problem")).isVisible()).isTrue();
        assertThat(votes.certificationOf(journeyId)).hasValueSatisfying(c -> assertThat(c.getCertifiedAt()).isNull());
    }

    /**
     * The count runs in the engine's job executor, perhaps on another node: the screen shows the
     * rounds counted so far from the database and looks again every second until the result is
     * there; a count that stopped on an error says so and why.
     */
    @Test
    void whileTheBallotsAreCountedTheScreenShowsHowFarAndShowsTheResultWhenDone() {
        String voter = voter();
        SignedIn.as(voter, "RESIDENT", () -> votes.cast(journeyId, voter, BallotChoice.picking(List.of(onBallot.get(0)))));
        votes.closeVote(journeyId);
        jdbc.update("insert into vote_count (journey_id, started_at, updated_at, rounds, spent_pence, budget_pence) "
                + "values (?, now(), now(), 1234, 90000, 200000)", journeyId);

        UI.getCurrent().navigate("journeys/" + journeyId + "/certify", QueryParameters.of("task", "a-task"));

        Div progress = _get(Div.class, spec -> spec.withId("count-progress"));
        assertThat(progress.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(_get(progress, H2.class, spec -> { }).getText()).isEqualTo("Counting the ballots");
        assertThat(_get(Paragraph.class, spec -> spec.withId("count-progress-text")).getText())
                .isEqualTo("1,234 rounds of the Method of Equal Shares counted so far; the last one spends £900 of £2,000.");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("count-progress-bar")).getValue()).isEqualTo(0.45);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(CertifyResultView.POLL_MILLIS);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("certify-result"))).isEmpty();

        votes.tally(journeyId);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, spec -> spec.withId("count-progress"))).isEmpty();
        assertThat(_get(OrderedList.class, spec -> spec.withId("certify-funded")).getElement().getTextRecursively())
                .contains("Baby bank");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        jdbc.update("update vote_count set finished_at = null, failure = 'the exact run disagrees' where journey_id = ?", journeyId);
        UI.getCurrent().navigate("journeys/" + journeyId + "/certify", QueryParameters.of("task", "a-task"));
        Div stopped = _get(Div.class, spec -> spec.withId("count-progress"));
        assertThat(stopped.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(stopped.getElement().getTextRecursively()).contains("The count stopped")
                .contains("stopped: the exact run disagrees. The engine tries again");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void theResultsPageWaitsForPublicationThenChartsTheVotesAndChecksReceipts() {
        String receipt = countedVote();
        UI.getCurrent().navigate("journeys/" + journeyId + "/results");
        _assertOne(Paragraph.class, spec -> spec.withId("results-not-published"));

        votes.certify(journeyId, "facilitator");
        votes.publish(journeyId);
        UI.getCurrent().navigate("journeys/" + journeyId + "/results");

        UnorderedList chart = _get(UnorderedList.class, spec -> spec.withId("results-chart"));
        assertThat(chart.getElement().getAttribute("aria-labelledby")).isEqualTo("results-chart-heading");
        assertThat(_get(ListItem.class, spec -> spec.withId("result-" + onBallot.get(2))).getElement().getTextRecursively())
                .contains("Hall repairs").contains("3 votes, costs £1,500").contains("Funded");
        assertThat(_get(ListItem.class, spec -> spec.withId("result-" + onBallot.get(0))).getElement().getTextRecursively())
                .contains("2 votes").contains("Not funded: it did not fit the remaining budget (£500 left)");
        assertThat(_get(DescriptionList.class, spec -> spec.withId("results-summary")).getElement().getTextRecursively())
                .contains("£1,500 of £2,000").contains("3 residents voted: 2 online, 1 on paper");
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-rule")).getText()).contains("most votes first");

        TextField code = _get(TextField.class, spec -> spec.withId("receipt-input"));
        code.setValue("ZZZZ-ZZZZ-ZZZZ");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("check-receipt")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("receipt-not-found")).getText())
                .startsWith("No ballot in this vote has the receipt code ZZZZ-ZZZZ-ZZZZ.");

        code.setValue(receipt.toLowerCase().replace("-", " "));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("check-receipt")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("receipt-found")).getText())
                .isEqualTo("Your ballot is in the published set and was counted.");
        // the check never shows what the ballot chose, so a receipt cannot prove a vote to anyone
        assertThat(_get(Div.class, spec -> spec.withId("receipt-answer")).getElement().getTextRecursively())
                .doesNotContain("Hall repairs").doesNotContain("Baby bank");
    }

    @Test
    void aFacilitatorCannotMoveTheCloseEarlierAndAJourneyWithoutItsTimerIsRefused() {
        UI.getCurrent().navigate("journeys/" + journeyId + "/paper-ballots");
        Instant closes = journeys.get(journeyId).getVoteClosesAt();
        DateTimePicker picker = _get(DateTimePicker.class, spec -> spec.withId("extend-close-at"));

        picker.setValue(LocalDateTime.ofInstant(closes.minusSeconds(3600), ZoneId.of("Europe/London")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("extend-close")));
        assertThat(_get(Div.class, spec -> spec.withId("extend-message")).getText())
                .isEqualTo("The new closing time must be later than the current one.");

        // this journey's process still waits for its showcase: there is no closing timer to move
        picker.setValue(LocalDateTime.ofInstant(closes.plusSeconds(86_400), ZoneId.of("Europe/London")));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("extend-close")));
        assertThat(_get(Div.class, spec -> spec.withId("extend-message")).getText())
                .startsWith("The vote's closing time cannot be moved");
        assertThat(journeys.get(journeyId).getVoteClosesAt()).isEqualTo(closes);
    }

    /** The four-eyes screen: the enterer is refused, a second facilitator confirms one paper and voids the other. */
    @Test
    void aSecondFacilitatorChecksThePaperEntriesOnTheirScreenAndVoidsAWrongOne() {
        String first = voter();
        String second = voter();
        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, first, "K-1",
                BallotChoice.picking(List.of(onBallot.get(2))), "facilitator"));
        SignedIn.as("facilitator", "FACILITATOR", () -> votes.castOnPaper(journeyId, second, "K 2",
                BallotChoice.picking(List.of(onBallot.get(0))), "facilitator"));
        votes.closeVote(journeyId);
        votes.tally(journeyId);
        UI.getCurrent().navigate("journeys/" + journeyId + "/paper-checks");

        assertThat(_get(Paragraph.class, spec -> spec.withId("paper-check-status")).getText())
                .isEqualTo("0 of 2 sampled entries checked; certification waits for the other 2.");
        assertThat(_get(Div.class, spec -> spec.withId("paper-check-K-1")).getElement().getTextRecursively())
                .contains("Entered by facilitator").contains("Waiting for a check").contains("Hall repairs")
                .doesNotContain(first);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("confirm-paper-K-1")));
        assertThat(_get(Div.class, spec -> spec.withId("paper-check-message")).getText())
                .isEqualTo("You entered paper K-1: it must be checked by another facilitator.");

        SignedIn.as("facilitator2", "FACILITATOR", () -> {
            ButtonKt._click(_get(Button.class, spec -> spec.withId("confirm-paper-K-1")));
            assertThat(_get(Div.class, spec -> spec.withId("paper-check-message")).getText())
                    .isEqualTo("Paper K-1 matches its entry: checked.");
            ButtonKt._click(_get(Button.class, spec -> spec.withId("wrong-paper-K_2")));
            assertThat(_get(TextField.class, spec -> spec.withId("void-paper-number")).getValue()).isEqualTo("K 2");
            assertThat(_get(Div.class, spec -> spec.withId("paper-entry-found")).getElement().getTextRecursively())
                    .contains("Baby bank");
            ButtonKt._click(_get(Button.class, spec -> spec.withId("void-paper-entry")));
            assertThat(_get(Div.class, spec -> spec.withId("void-message")).getText()).isEqualTo("Say why this entry is voided.");
            _get(TextArea.class, spec -> spec.withId("void-reason")).setValue("The paper ticks the hall, not the baby bank.");
            ButtonKt._click(_get(Button.class, spec -> spec.withId("void-paper-entry")));
        });
        assertThat(_get(Div.class, spec -> spec.withId("void-message")).getText())
                .isEqualTo("Paper K 2 is voided: it is no longer counted.");
        assertThat(_get(Div.class, spec -> spec.withId("voided-paper-entries")).getElement().getTextRecursively())
                .contains("Paper K 2, entered by facilitator, voided by facilitator2").contains("The paper ticks the hall");
        assertThat(_get(Paragraph.class, spec -> spec.withId("paper-check-status")).getText())
                .isEqualTo("Every sampled entry has been checked: the count can be certified.");
        assertThat(votes.results(journeyId)).filteredOn(result -> result.getIdeaId().equals(onBallot.get(0)))
                .singleElement().satisfies(result -> assertThat(result.getVotes()).isZero());
    }
}
