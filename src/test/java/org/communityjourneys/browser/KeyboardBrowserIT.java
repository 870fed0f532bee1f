package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 3 section 7, by keyboard alone: a resident registers, logs in, skips past the menu, follows
 * the ward page to the ideas page, puts forward an idea and supports a neighbour's without
 * touching a mouse. Every step moves focus with Tab (so each control must be reachable in order)
 * and acts with Enter, Space or the arrow keys on whatever has focus; nothing is clicked.
 */
class KeyboardBrowserIT extends BrowserTestCase {

    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcase;
    @Autowired
    IdeaService ideas;
    @Autowired
    TaskService tasks;
    @Autowired
    AccountService accounts;
    @Autowired
    ResidentRegistration registration;

    @Test
    void aResidentUsesTheResidentPagesWithTheKeyboardOnly() {
        Journey journey = Journeys.takingIdeas(journeys, showcase, tasks, ideas);
        String neighbourTitle = "Toy library " + UUID.randomUUID().toString().substring(0, 6);
        UUID neighbours = ideas.submit(journey.getId(), new IdeaDraft(neighbourTitle, "Borrow toys, bring them back.",
                60_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of the library", "toys@example.org"),
                Journeys.residentOfTheWard(accounts, "neighbour@example.org"));
        String email = "kim-" + UUID.randomUUID() + "@example.org";

        open("/register");
        tabTo("#register-name");
        keys("Kim Keyboard");
        tabTo("#register-email");
        keys(email);
        tabTo("#register-password");
        keys("a long enough password");
        tabTo("#register-postcode");
        keys("HR6 8BB", Keys.TAB);
        assertThat(waitFor(By.id("register-ward-note")).getText()).contains("Leominster East");
        tabTo("#register-age-band");
        keys(Keys.ARROW_DOWN);
        pickFocusedOption("25 to 44");
        tabTo("#register-consent");
        keys(Keys.SPACE);
        assertThat(waitFor(By.id("register-consent")).getDomProperty("checked")).isEqualTo("true");
        screenshot("registration-by-keyboard");
        tabTo("#register-submit");
        keys(Keys.ENTER);
        assertThat(waitFor(By.id("registration-done")).getText()).contains("What happens next");
        assertThat(accounts.find(email)).as("the registration went through").isPresent();
        Journeys.verifyInPerson(registration, accounts, email);
        tabTo("#registration-done a[href='login']");
        keys(Keys.ENTER);
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().contains("/login"));
        waitForVaadin();

        tabTo("vaadin-login-form input[name='username']");
        keys(email);
        tabTo("vaadin-login-form input[name='password']");
        keys("a long enough password", Keys.ENTER);
        new WebDriverWait(driver, STEP).until(browser -> !browser.getCurrentUrl().contains("/login"));
        waitForVaadin();

        open("/wards/" + Journeys.WARD);
        keys(Keys.TAB);
        assertThat(focusIsIn("#skip-to-content")).as("the first Tab reaches the skip link").isTrue();
        screenshot("skip-link-shown");
        keys(Keys.ENTER);
        keys(Keys.TAB);
        assertThat(focusIsIn("vaadin-side-nav, vaadin-drawer-toggle, #notification-bell"))
                .as("after skipping, Tab stays out of the header and menu").isFalse();
        tabTo("a[href*='" + journey.getId() + "/ideas']");
        keys(Keys.ENTER);
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().endsWith("/ideas"));
        waitForVaadin();
        assertThat(waitFor(By.id("ideas-window-state")).getText()).contains("open");

        String title = "Rhyme time in the park " + UUID.randomUUID().toString().substring(0, 6);
        tabTo("#idea-title");
        keys(title);
        tabTo("#idea-description");
        keys("Songs and stories for babies, outdoors in summer.");
        tabTo("#idea-cost");
        keys("450");
        tabTo("#idea-led-by");
        keys("Kim and the parents' group");
        tabTo("#idea-contact");
        keys(email);
        screenshot("idea-by-keyboard");
        tabTo("#idea-submit");
        keys(Keys.ENTER);
        Idea mine = new WebDriverWait(driver, STEP).until(browser -> ideas.forJourney(journey.getId()).stream()
                .filter(idea -> idea.getTitle().equals(title)).findFirst().orElse(null));
        assertThat(mine.getEstimatedCostPence()).isEqualTo(45_000);
        assertThat(mine.getAuthor()).isEqualTo(email);

        tabTo("#support-" + neighbours);
        keys(Keys.SPACE);
        new WebDriverWait(driver, STEP).until(browser -> ideas.supports(neighbours, email));
        assertThat(waitFor(By.id("idea-" + neighbours)).getText()).contains("You support this idea.");
        screenshot("supported-by-keyboard");
        assertAccessible("the ideas page after keyboard use");
    }

    /** In an open drop-down, moves down with the arrow key to the option with this label and takes it. */
    private void pickFocusedOption(String label) {
        for (int presses = 0; presses < 10; presses++) {
            Object focused = driver.executeScript("const f = document.activeElement; return f ? f.textContent.trim() : '';");
            if (label.equals(focused)) {
                keys(Keys.ENTER);
                return;
            }
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        fail("the option %s was never reached with the arrow keys", label);
    }
}
