package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17: a resident chooses Cymraeg in the header of a 360 px phone; the choice outlives a
 * reload, a log-out and a new log-in (the cj-lang cookie); the ballot is in Welsh with
 * {@code <html lang="cy-GB">}, passes axe-core, and the resident casts it and reads the receipt in
 * Welsh.
 */
class WelshVoteBrowserIT extends BrowserTestCase {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    VoteService votes;

    private UUID journeyId;
    private final List<UUID> onBallot = new ArrayList<>();

    @Test
    void aResidentVotesInWelsh() {
        openVote();
        logIn("resident");
        resizeTo(360, 740);
        open("/journeys/" + journeyId + "/vote");
        assertThat(waitFor(By.tagName("h1")).getText()).startsWith("Vote:");
        assertThat(documentLanguage()).isEqualTo("en-GB");
        WebElement cymraeg = waitFor(By.id("language-cy"));
        assertThat(cymraeg.getText()).isEqualTo("Cymraeg");
        assertThat(cymraeg.getDomAttribute("lang")).isEqualTo("cy-GB");

        click("language-cy");
        waitForWelsh();
        assertThat(waitFor(By.tagName("h1")).getText()).startsWith("Pleidleisio:");
        Cookie remembered = driver.manage().getCookieNamed("cj-lang");
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("cy-GB");
        assertThat(remembered.getSameSite()).isEqualTo("Lax");

        driver.navigate().refresh();
        waitForVaadin();
        waitForWelsh();
        assertThat(waitFor(By.tagName("h1")).getText()).as("Welsh after a reload").startsWith("Pleidleisio:");

        click("log-out");
        new WebDriverWait(driver, STEP).until(browser -> !browser.getCurrentUrl().contains("/vote"));
        logIn("resident");
        open("/journeys/" + journeyId + "/vote");
        waitForWelsh();
        WebElement heading = waitFor(By.tagName("h1"));
        assertThat(heading.getText()).as("Welsh after logging out and in again").startsWith("Pleidleisio:");
        assertThat(documentLanguage()).isEqualTo("cy-GB");
        WebElement english = waitFor(By.id("language-en"));
        assertThat(english.getText()).isEqualTo("English");
        assertThat(english.getDomAttribute("lang")).isEqualTo("en-GB");
        assertThat(waitFor(By.id("ballot-budget")).getText())
                .isEqualTo("Y gyllideb ar gyfer y daith hon yw £2,000. Mae pob syniad yn dangos faint y byddai'n ei gostio.");
        assertThat(waitFor(By.id("cast-vote")).getText()).isEqualTo("Bwrw fy mhleidlais");
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        screenshot("welsh-ballot-360px");
        assertAccessible("the ballot in Welsh");

        tabTo("#pick-" + onBallot.get(0));
        keys(Keys.SPACE);
        assertThat(waitFor(By.id("ballot-total")).getText()).isEqualTo("1 wedi'u dewis; 1 dewis ar ôl.");
        tabTo("#cast-vote");
        keys(Keys.ENTER);
        waitFor(By.id("confirm-vote"));
        assertThat(driver.findElement(By.id("confirm-vote")).getText()).isEqualTo("Ie, bwrw fy mhleidlais");
        assertThat(driver.findElement(By.tagName("vaadin-dialog-overlay")).getText()).contains("Bwrw'r bleidlais hon?")
                .contains("Ni allwch newid eich pleidlais ar ôl ei bwrw.");
        screenshot("welsh-confirmation");
        assertAccessible("the confirmation in Welsh");
        tabTo("#confirm-vote");
        keys(Keys.ENTER);

        String code = waitFor(By.id("receipt-code")).getText();
        new WebDriverWait(driver, STEP).until(browser -> votes.turnout(journeyId) == 1);
        String receipt = waitFor(By.id("ballot-receipt")).getText();
        assertThat(receipt).contains("Diolch: mae eich pleidlais wedi'i bwrw").contains("Dim ond unwaith y dangosir eich cod derbynneb")
                .contains("Baby bank").contains("Yn ôl i'r daith");
        assertThat(votes.checkReceipt(journeyId, code)).isEqualTo(ReceiptCheck.SEALED);
        screenshot("welsh-receipt-360px");
        assertAccessible("the receipt in Welsh");
    }

    private String documentLanguage() {
        return (String) driver.executeScript("return document.documentElement.lang;");
    }

    /** Waits until the page (reloaded after the choice) says it is in Welsh. */
    private void waitForWelsh() {
        new WebDriverWait(driver, STEP).until(browser -> "cy-GB".equals(documentLanguage())
                && !browser.findElements(By.id("language-en")).isEmpty());
        waitForVaadin();
    }

    /** A journey for Leominster East whose approval vote (one or two picks) is open with three ideas of £900. */
    private void openVote() {
        Journey journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(
                Journeys.plan(2_000_00).withBallot(BallotSettings.defaults().withPicks(1, 2)), "facilitator"));
        journeyId = journey.getId();
        ideas.openWindow(journeyId);
        for (String title : List.of("Baby bank", "Stay and play", "Parent peer support")) {
            IdeaDraft draft = new IdeaDraft(title, title + " for families.", 900_00, Theme.BEST_START_IN_LIFE, Journeys.WARD,
                    "A group", "group@example.org");
            onBallot.add(SignedIn.as("applicant", "APPLICANT", () -> ideas.submit(journeyId, draft, "applicant")));
        }
        ideas.closeWindow(journeyId, true);
        onBallot.forEach(idea -> ideas.recordEligibility(idea, true, null));
        ideas.confirmShortlist(journeyId, "facilitator", null);
        votes.openVote(journeyId);
    }
}
