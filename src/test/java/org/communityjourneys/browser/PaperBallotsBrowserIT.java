package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.PaperResidents;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.VotingChannel;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A facilitator enters a pile of paper ballots from the keyboard alone (issue 14, point 9): eight
 * residents found by name, two people without an account taken down from their papers, a paper
 * number entered twice (refused, nothing kept) and a resident who had voted online (listed as
 * having voted, and cannot be chosen).
 * After each save the next form is ready with the search focused, and the running count goes up.
 * The screen passes axe at 1280 and 360 px. Then the vote closes and a second facilitator checks
 * the sample of entries on their own screen, voiding one with a reason.
 */
class PaperBallotsBrowserIT extends BrowserTestCase {

    @Autowired JourneyService journeys;
    @Autowired IdeaService ideas;
    @Autowired VoteService votes;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFacilitatorEntersTenPaperBallotsFromTheKeyboard() {
        UUID journeyId = SignedIn.asFacilitator(() -> journeys.launch(Journeys.plan(500_000), "facilitator")).getId();
        List<UUID> onBallot = Journeys.shortlist(ideas, journeyId, "Lunch club", "Walking group", "Toy library");
        votes.openVote(journeyId);

        String family = "Pilewright" + UUID.randomUUID().toString().substring(0, 5);
        List<String> names = new ArrayList<>();
        for (int number = 1; number <= 10; number++) {
            String name = "Voter" + number + " " + family;
            accounts.ensureAccount(family.toLowerCase() + number + "@example.org", name, "a long test password",
                    EnumSet.of(Role.RESIDENT), Journeys.WARD, true);
            names.add(name);
        }
        String onlineVoter = family.toLowerCase() + "9@example.org";
        SignedIn.as(onlineVoter, "RESIDENT", () -> votes.cast(journeyId, onlineVoter, BallotChoice.picking(List.of(onBallot.get(0)))));

        logIn("facilitator");
        open("/journeys/" + journeyId + "/paper-ballots");
        waitFor(By.id("paper-voter-search"));
        assertAccessible("the paper ballot screen");
        resizeTo(360, 800);
        assertAccessible("the paper ballot screen at 360 px");
        resizeTo(1280, 900);
        inputOf("paper-voter-search").click();

        for (int number = 1; number <= 8; number++) {
            pickVoter(names.get(number - 1));
            enterPaper("PB-" + number, number % 3);
            assertEntered("PB-" + number, names.get(number - 1), number);
        }

        // the same paper number again, for a resident who has not voted: refused, nothing kept
        long before = votes.turnout(journeyId);
        pickVoter(names.get(9));
        enterPaper("PB-3", 0);
        assertThat(waitForMessage("already")).isEqualTo("Paper ballot number PB-3 has already been entered.");
        assertThat(votes.turnout(journeyId)).isEqualTo(before);

        // a resident who had voted online is found, marked, and cannot be chosen
        focusSearch();
        selectAll();
        keys(names.get(8));
        new WebDriverWait(driver, STEP).until(browser -> Boolean.TRUE.equals(driver.executeScript(
                "const group = document.getElementById('paper-voter');"
                        + "return !!group && group.textContent.includes(arguments[0]);", names.get(8))));
        waitForVaadin();
        assertThat(textOf("paper-voter")).contains(names.get(8) + " (online account): has voted");
        assertThat(driver.findElement(By.cssSelector("#paper-voter vaadin-radio-button")).getDomAttribute("disabled"))
                .as("someone who has voted cannot be chosen").isNotNull();
        screenshot("paper-ballots-has-voted");
        assertThat(votes.turnout(journeyId)).isEqualTo(before);

        // two people without an account
        for (int number = 9; number <= 10; number++) {
            focusSearch();
            tabTo("#paper-without-account");
            keys(Keys.SPACE);
            new WebDriverWait(driver, STEP).until(browser -> focusIsIn("#paper-person-name"));
            String name = "Newcomer" + number + " " + family;
            keys(name, Keys.TAB, number + " Etnam Street", Keys.TAB, "HR6 8BB");
            tabTo("#paper-number");
            enterPaper("PB-" + number, 2);
            assertEntered("PB-" + number, name, number);
            if (number == 9) {
                screenshot("paper-ballots-after-a-newcomer");
            }
        }

        assertThat(votes.turnout(journeyId, VotingChannel.PAPER)).isEqualTo(10);
        assertThat(votes.turnout(journeyId, VotingChannel.ONLINE)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from user_account where paper_only and display_name like ?",
                Long.class, "Newcomer% " + family)).isEqualTo(2);
        List<UserAccount> newcomers = jdbc.queryForList("select username from user_account where display_name like ?",
                String.class, "Newcomer% " + family).stream().map(username -> accounts.find(username).orElseThrow()).toList();
        assertThat(newcomers).allSatisfy(record -> {
            assertThat(record.getUsername()).startsWith(PaperResidents.USERNAME_PREFIX);
            assertThat(record.getVerifiedBy()).isEqualTo("facilitator");
        });
        assertAccessible("the paper ballot screen after ten ballots");
        resizeTo(360, 800);
        screenshot("paper-ballots-360");
        assertThat(driver.executeScript("return Array.from(document.querySelectorAll('main *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id).join(', ')")).as("what sticks out at 360 px").isEqualTo("");
        assertAccessible("the paper ballot screen after ten ballots at 360 px");
        resizeTo(1280, 900);

        theSecondFacilitatorChecksTheSample(journeyId);
    }

    /**
     * Four eyes (point 8): the vote closes and five of the ten entries are drawn; the second
     * facilitator voids one (two more are drawn) and confirms the rest, and the count has one
     * ballot fewer. The screen passes axe at 1280 and 360 px.
     */
    private void theSecondFacilitatorChecksTheSample(UUID journeyId) {
        votes.closeVote(journeyId);
        votes.tally(journeyId);
        logIn("facilitator2");
        open("/journeys/" + journeyId + "/paper-checks");
        waitFor(By.id("paper-check-status"));
        assertThat(textOf("paper-check-status")).isEqualTo("0 of 5 sampled entries checked; certification waits for the other 5.");
        assertAccessible("the paper checks screen");
        screenshot("paper-checks");
        resizeTo(360, 800);
        assertAccessible("the paper checks screen at 360 px");
        screenshot("paper-checks-360");
        resizeTo(1280, 900);

        String wrong = firstWaiting("wrong-paper-");
        scrollToAndClick(wrong);
        new WebDriverWait(driver, STEP).until(browser -> textOf("paper-entry-found").contains("What was entered"));
        scrollTo("void-reason");
        type("void-reason", "The paper has a second tick that was not entered.");
        scrollToAndClick("void-paper-entry");
        new WebDriverWait(driver, STEP).until(browser -> textOf("void-message").contains("is voided"));
        assertThat(textOf("voided-paper-entries")).contains("voided by facilitator2").contains("a second tick");
        for (String confirm = firstWaiting("confirm-paper-"); confirm != null; confirm = firstWaiting("confirm-paper-")) {
            scrollToAndClick(confirm);
            String clicked = confirm;
            new WebDriverWait(driver, STEP).until(browser -> driver.findElements(By.id(clicked)).isEmpty());
        }
        assertThat(textOf("paper-check-status")).isEqualTo("Every sampled entry has been checked: the count can be certified.");
        assertThat(votes.turnout(journeyId, VotingChannel.PAPER)).isEqualTo(9);
        assertThat(votes.report(journeyId).orElseThrow().ballotsStored()).isEqualTo(10);
        screenshot("paper-checks-done");
        assertAccessible("the paper checks screen when every entry is checked");
    }

    /** Selenium counts what Vaadin's scroll container hides as invisible: bring it into sight first. */
    private void scrollTo(String id) {
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", id);
    }

    private void scrollToAndClick(String id) {
        scrollTo(id);
        click(id);
    }

    /** The id of the first button of a waiting sample card with this prefix, or null when there is none. */
    private String firstWaiting(String prefix) {
        Object id = driver.executeScript("const b = document.querySelector(\"vaadin-button[id^='\" + arguments[0] + \"']\");"
                + "return b ? b.id : null;", prefix);
        return id == null ? null : id.toString();
    }

    /** With the search focused: types the name; the one resident it finds is chosen at once. */
    private void pickVoter(String name) {
        new WebDriverWait(driver, STEP).until(browser -> focusIsIn("#paper-voter-search"));
        selectAll();
        keys(name);
        // read in one script: the radio buttons are drawn again while the search answers
        new WebDriverWait(driver, STEP, Duration.ofMillis(200)).until(browser -> Boolean.TRUE.equals(driver.executeScript(
                "return Array.from(document.querySelectorAll('#paper-voter vaadin-radio-button[checked]'))"
                        + ".some(radio => radio.textContent.includes(arguments[0]));", name)));
    }

    /**
     * From the search: Tab to the paper number, type it over what is there, Tab to the idea'th
     * checkbox, tick it with Space and press Enter, which saves.
     */
    private void enterPaper(String paperNumber, int idea) {
        tabTo("#paper-number");
        selectAll();
        keys(paperNumber);
        for (int tab = 0; tab <= idea; tab++) {
            keys(Keys.TAB);
        }
        assertThat(focusIsIn("vaadin-checkbox[id^='pick-']")).as("a ballot checkbox has the focus").isTrue();
        keys(Keys.SPACE);
        keys(Keys.ENTER);
    }

    /** Scrolls the search back into sight (the page scrolls down to the ballot) and clicks into it. */
    private void focusSearch() {
        driver.executeScript("document.getElementById('paper-voter-search').scrollIntoView({block: 'center'});");
        inputOf("paper-voter-search").click();
        new WebDriverWait(driver, STEP).until(browser -> focusIsIn("#paper-voter-search"));
    }

    /** Ctrl+A in the focused field, so what is typed next replaces its text. */
    private void selectAll() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    }

    private void assertEntered(String paperNumber, String name, int count) {
        assertThat(waitForMessage("entered")).isEqualTo("Paper ballot " + paperNumber + " for " + name + " is entered.");
        assertThat(textOf("paper-count")).startsWith(count + (count == 1 ? " paper ballot " : " paper ballots "));
        new WebDriverWait(driver, STEP).until(browser -> focusIsIn("#paper-voter-search"));
    }

    /** The message's text, read in the page: Selenium gives no text for what is scrolled out of sight. */
    private String message() {
        return textOf("paper-message");
    }

    private String textOf(String id) {
        return String.valueOf(driver.executeScript("const e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id));
    }

    private String waitForMessage(String part) {
        return new WebDriverWait(driver, STEP).until(browser -> message().contains(part) ? message() : null);
    }
}
