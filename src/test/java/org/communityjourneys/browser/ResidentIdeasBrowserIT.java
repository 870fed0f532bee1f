package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Brief section 8: a resident registers with a postcode in Leominster East, goes to the ward page,
 * puts forward an idea and supports a neighbour's; a facilitator closes the ideas window early and
 * shortlists on the shortlist screen; the resident sees each outcome and its reason. Every resident
 * page is photographed and checked with axe-core, also 360 px wide.
 */
class ResidentIdeasBrowserIT extends BrowserTestCase {

    static final Duration PROCESS = Duration.ofSeconds(60);

    @Autowired
    org.communityjourneys.showcase.service.ShowcaseService showcaseService;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    TaskService tasks;
    @Autowired
    AccountService accounts;
    @Autowired
    ResidentRegistration registration;

    @Test
    void aResidentPutsForwardAnIdeaSupportsAnotherAndSeesTheShortlist() {
        Journey journey = Journeys.takingIdeas(journeys, showcaseService, tasks, ideas);
        String neighbourTitle = "Baby bank at the church " + UUID.randomUUID().toString().substring(0, 6);
        // the description tries to run script in every reader's browser; it must reach them as text
        String payload = "Clothes, cots and buggies. <img src=x onerror=\"window.injected=true\"><script>window.injected=true</script>";
        UUID neighbours = ideas.submit(journey.getId(), new IdeaDraft(neighbourTitle, payload,
                80_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "St Peter's", "church@example.org"), Journeys.residentOfTheWard(accounts, "neighbour@example.org"));

        String email = "robin-" + UUID.randomUUID() + "@example.org";
        register(email);
        Journeys.verifyInPerson(registration, accounts, email);
        logIn(email, "a long enough password");

        open("/wards/" + Journeys.WARD);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Leominster East");
        screenshot("ward-page");
        assertAccessible("the ward page");
        resizeTo(360, 800);
        screenshot("ward-page-360px");
        assertAccessible("the ward page at 360 px");
        resizeTo(1280, 900);

        WebElement ideasLink = waitFor(By.xpath("//a[contains(@href, '" + journey.getId() + "/ideas')]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", ideasLink);
        ideasLink.click();
        waitForVaadin();
        assertThat(waitFor(By.id("ideas-window-state")).getText()).contains("open");
        WebElement neighboursCard = waitFor(By.id("idea-" + neighbours));
        assertThat(neighboursCard.getText()).contains(payload);
        assertThat(neighboursCard.findElements(By.cssSelector("img, script"))).as("markup from the idea became elements").isEmpty();
        assertThat(driver.executeScript("return window.injected === undefined;")).as("the idea's script did not run").isEqualTo(true);
        screenshot("ideas-page");
        assertAccessible("the ideas page");

        String myTitle = "Stay and play <b>Tuesdays</b>";
        type("idea-title", myTitle);
        type("idea-description", "A warm room with toys for babies and toddlers.");
        type("idea-cost", "850");
        type("idea-led-by", "Robin and two neighbours");
        type("idea-contact", email);
        screenshot("idea-filled-in");
        press("idea-submit");
        UUID mine = new WebDriverWait(driver, STEP).until(browser -> ideas.forJourney(journey.getId()).stream()
                .filter(idea -> idea.getTitle().equals(myTitle)).map(Idea::getId).findFirst().orElse(null));
        assertThat(waitFor(By.id("idea-" + mine)).getText()).contains(myTitle);

        press("support-" + neighbours);
        assertThat(ideas.supports(neighbours, email)).isTrue();
        assertThat(waitFor(By.id("idea-" + neighbours)).getText()).contains("You support this idea.");
        screenshot("idea-put-forward-and-supported");
        assertAccessible("the ideas page with the resident's idea");
        resizeTo(360, 800);
        screenshot("ideas-page-360px");
        assertAccessible("the ideas page at 360 px");
        resizeTo(1280, 900);

        driver.manage().deleteAllCookies();
        logIn("facilitator");
        open("/journeys/" + journey.getId() + "/ideas");
        press("close-ideas-early");
        confirmDialog("Close the ideas window now");
        Task shortlist = new WebDriverWait(driver, PROCESS, Duration.ofSeconds(1)).until(browser -> tasks.createTaskQuery()
                .processInstanceId(journey.getProcessInstanceId()).taskDefinitionKey("confirmShortlist").singleResult());
        assertThat(ideas.isWindowOpen(journey.getId())).isFalse();

        open("/journeys/" + journey.getId() + "/shortlist?task=" + shortlist.getId());
        assertThat(waitFor(By.id("shortlist-" + mine)).getText()).contains("Passed: Cost band");
        screenshot("shortlist-screen");
        chooseLeaveOut(neighbours);
        type("reason-" + neighbours, "The church already runs one on Saturdays.");
        type("reason-" + mine, "On the ballot: it meets every rule.");
        screenshot("shortlist-decided");
        press("confirm-shortlist");
        new WebDriverWait(driver, PROCESS, Duration.ofSeconds(1)).until(browser -> ideas.isShortlistConfirmed(journey.getId()));
        assertThat(ideas.get(mine).getStatus()).isEqualTo(IdeaStatus.SHORTLISTED);
        assertThat(ideas.get(neighbours).getStatus()).isEqualTo(IdeaStatus.EXCLUDED);

        driver.manage().deleteAllCookies();
        logIn(email, "a long enough password");
        open("/journeys/" + journey.getId() + "/ideas");
        assertThat(waitFor(By.id("idea-" + mine)).getText()).contains("Shortlisted").contains("On the ballot: it meets every rule.");
        assertThat(waitFor(By.id("idea-" + neighbours)).getText()).contains("Not shortlisted")
                .contains("The church already runs one on Saturdays.");
        screenshot("outcomes");
        assertAccessible("the ideas page with outcomes");
        resizeTo(360, 800);
        screenshot("outcomes-360px");
        assertAccessible("the ideas page with outcomes at 360 px");
    }

    private void register(String email) {
        open("/register");
        type("register-name", "Robin Resident");
        type("register-email", email);
        type("register-password", "a long enough password");
        type("register-postcode", "HR6 8BB");
        assertThat(waitFor(By.id("register-ward-note")).getText()).contains("Leominster East");
        press("register-age-band");
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='25 to 44']"))).click();
        waitForVaadin();
        press("register-consent");
        screenshot("registration");
        assertAccessible("the registration page");
        press("register-submit");
        assertThat(waitFor(By.id("registration-done")).getText()).contains("What happens next");
    }

    private void chooseLeaveOut(UUID ideaId) {
        WebElement radio = waitFor(By.xpath("//*[@id='choice-" + ideaId + "']//vaadin-radio-button[contains(., 'Leave out')]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
        radio.click();
        waitForVaadin();
    }

    /** Scrolls the element to the middle of the view first, clear of any bar at the edges. */
    private void press(String id) {
        WebElement element = waitFor(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }
}
