package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 4 section 1: the ballot screen of each format on a 360 px phone, by keyboard only. The
 * running total follows every choice, a ballot that breaks the format's rule is refused on the
 * screen with nothing stored, the confirmation lists the choice, and the receipt code finds
 * exactly that ballot. Each state is photographed and checked with axe-core.
 */
class BallotFormatsBrowserIT extends BrowserTestCase {

    private static final long BUDGET = 2_000_00;

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * The receipt finds a sealed ballot (never its choices); the vote is then closed, and the one
     * ballot of this journey, mixed, is what was chosen.
     */
    private BallotChoice mixedBallot(String receipt) {
        assertThat(votes.checkReceipt(journeyId, receipt)).isEqualTo(ReceiptCheck.SEALED);
        votes.closeVote(journeyId);
        return BallotChoice.parse(jdbc.queryForObject("select content from ballot where journey_id = ?", String.class, journeyId));
    }

    private UUID journeyId;
    private final List<UUID> onBallot = new ArrayList<>();

    @Test
    void approvalWithMinimumAndMaximumPicks() {
        openVote(BallotSettings.defaults().withPicks(2, 2));
        castAsResident();
        tabTo("#pick-" + onBallot.get(0));
        keys(Keys.SPACE);
        assertTotal("1 chosen; 1 pick left.");
        castExpectingProblem("Choose at least 2 ideas.");
        tabTo("#pick-" + onBallot.get(2));
        keys(Keys.SPACE);
        assertTotal("2 chosen; 0 picks left.");
        String receipt = confirm("approval");
        assertThat(Optional.of(mixedBallot(receipt))).hasValueSatisfying(ballot ->
                assertThat(ballot.ideas()).containsExactly(onBallot.get(0), onBallot.get(2)));
    }

    @Test
    void knapsackShowsWhatIsLeftOfTheBudget() {
        openVote(BallotSettings.defaults().withFormat(BallotFormat.KNAPSACK));
        castAsResident();
        for (UUID idea : onBallot) {
            tabTo("#pick-" + idea);
            keys(Keys.SPACE);
        }
        assertTotal("£2,700 of £2,000 chosen: over the budget.");
        castExpectingProblem("more than the budget");
        tabTo("#pick-" + onBallot.get(1));
        keys(Keys.SPACE);
        assertTotal("£1,800 of £2,000 chosen; £200 left.");
        String receipt = confirm("knapsack");
        assertThat(Optional.of(mixedBallot(receipt))).hasValueSatisfying(ballot ->
                assertThat(ballot.ideas()).containsExactlyInAnyOrder(onBallot.get(0), onBallot.get(2)));
    }

    @Test
    void cumulativePointsWithACapPerIdea() {
        openVote(BallotSettings.defaults().withFormat(BallotFormat.CUMULATIVE).withPoints(10, 6));
        castAsResident();
        givePoints(onBallot.get(0), "7");
        castExpectingProblem("at most 6 points to one idea");
        givePoints(onBallot.get(0), "6");
        givePoints(onBallot.get(1), "4");
        assertTotal("10 of 10 points given; 0 left.");
        String receipt = confirm("points");
        assertThat(Optional.of(mixedBallot(receipt))).hasValueSatisfying(ballot -> {
            assertThat(ballot.ideas()).containsExactly(onBallot.get(0), onBallot.get(1));
            assertThat(ballot.points()).containsExactly(6, 4);
        });
    }

    @Test
    void rankedTopChoicesInOrder() {
        openVote(BallotSettings.defaults().withFormat(BallotFormat.RANKED).withPicks(1, 2));
        castAsResident();
        rank(1, "Stay and play");
        rank(2, "Baby bank");
        assertTotal("2 chosen; 0 picks left.");
        String receipt = confirm("ranked");
        assertThat(Optional.of(mixedBallot(receipt))).hasValueSatisfying(ballot ->
                assertThat(ballot.ideas()).containsExactly(onBallot.get(1), onBallot.get(0)));
    }

    /** A journey for Leominster East whose vote is open with three ideas costing £900, £900 and £900. */
    private void openVote(BallotSettings settings) {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(Journeys.plan(BUDGET).withBallot(settings), "facilitator"));
        journeyId = journey.getId();
        ideas.openWindow(journeyId);
        List<String> titles = List.of("Baby bank", "Stay and play", "Parent peer support");
        List<Long> costs = List.of(900_00L, 900_00L, 900_00L);
        for (int i = 0; i < titles.size(); i++) {
            IdeaDraft draft = new IdeaDraft(titles.get(i), titles.get(i) + " for families.", costs.get(i),
                    Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "group@example.org");
            onBallot.add(SignedIn.as("applicant", "APPLICANT", () -> ideas.submit(journeyId, draft, "applicant")));
        }
        ideas.closeWindow(journeyId, true);
        onBallot.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
    }

    /** The demo resident (verified, Leominster East) opens the ballot on a phone. */
    private void castAsResident() {
        logIn("resident");
        resizeTo(360, 740);
        open("/journeys/" + journeyId + "/vote");
        assertThat(waitFor(By.tagName("h1")).getText()).startsWith("Vote:");
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        screenshot("ballot-360px");
        assertAccessible("the ballot");
    }

    private void assertTotal(String expected) {
        assertThat(waitFor(By.id("ballot-total")).getText()).isEqualTo(expected);
    }

    private void givePoints(UUID idea, String points) {
        tabTo("#points-" + idea);
        keys(Keys.chord(Keys.CONTROL, "a"), points, Keys.TAB);
    }

    private void rank(int place, String title) {
        tabTo("#rank-" + place);
        keys(title);
        keys(Keys.ARROW_DOWN, Keys.ENTER, Keys.TAB);
    }

    /** Casting a ballot that breaks the format's rule shows the problem and stores nothing. */
    private void castExpectingProblem(String part) {
        tabTo("#cast-vote");
        keys(Keys.ENTER);
        WebElement problem = waitFor(By.id("ballot-problem"));
        assertThat(problem.getText()).contains(part);
        assertThat(votes.turnout(journeyId)).isZero();
        screenshot("problem");
        assertAccessible("the ballot with a problem");
    }

    /** Casts, confirms in the dialog and returns the receipt code shown. */
    private String confirm(String format) {
        tabTo("#cast-vote");
        keys(Keys.ENTER);
        waitFor(By.id("confirm-vote"));
        screenshot(format + "-confirmation");
        assertAccessible("the confirmation");
        tabTo("#confirm-vote");
        keys(Keys.ENTER);
        String code = waitFor(By.id("receipt-code")).getText();
        new WebDriverWait(driver, STEP).until(browser -> votes.turnout(journeyId) == 1);
        screenshot(format + "-receipt");
        assertAccessible("the receipt");
        return code;
    }
}
