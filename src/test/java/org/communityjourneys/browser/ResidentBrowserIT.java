package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.AssetNote;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.Photos;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident registers on a phone, then reads the public ward pages: 360 px, no WCAG 2.1 A/AA violations. */
class ResidentBrowserIT extends BrowserTestCase {

    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcase;

    private void assertNoSidewaysScrolling() {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
    }

    /** Scrolls the element to the middle of the small screen first, clear of any bar at the edges. */
    private void press(By locator) {
        WebElement element = waitFor(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    @Test
    void aResidentRegistersOnAPhone() {
        resizeTo(360, 740);
        open("/register");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Register");
        assertNoSidewaysScrolling();
        assertAccessible("the registration page");

        press(By.id("register-submit"));
        assertThat(waitFor(By.id("registration-problems")).getText()).contains("Please give your name");
        assertThat(waitFor(By.id("register-name")).getDomProperty("invalid")).as("the problem sits on its field").isEqualTo("true");
        assertThat(waitFor(By.id("register-name")).getDomProperty("errorMessage")).isEqualTo("Please give your name.");
        screenshot("problems-360px");
        assertAccessible("the registration page with problems");

        type("register-name", "Sam Resident");
        type("register-email", "sam-" + UUID.randomUUID() + "@example.org");
        type("register-password", "a long enough password");
        type("register-postcode", "hr1 1bj");
        assertThat(waitFor(By.id("register-ward-note")).getText()).contains("College");
        press(By.id("register-age-band"));
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='25 to 44']"))).click();
        waitForVaadin();
        press(By.id("register-consent"));
        assertThat(waitFor(By.id("register-consent")).getDomProperty("checked")).isEqualTo("true");
        screenshot("filled-in-360px");
        press(By.id("register-submit"));

        String done = waitFor(By.id("registration-done")).getText();
        assertThat(done).contains("You are registered").contains("What happens next")
                .contains("A facilitator").contains("College").contains("verification code");
        assertNoSidewaysScrolling();
        screenshot("registered-360px");
        assertAccessible("the registration confirmation");
        press(By.linkText("Log in"));
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().contains("/login"));
    }

    @Test
    void theWardPagesWorkOnAPhone() {
        resizeTo(360, 740);
        open("/wards");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Wards");
        assertNoSidewaysScrolling();
        assertAccessible("the ward list");

        Journey journey = journeyWithAShowcase();
        open("/wards/E05009468");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Leominster East");
        WebElement photo = waitFor(By.cssSelector("img[alt='Children planting bulbs by the school gate']"));
        new WebDriverWait(driver, STEP).until(browser -> ((Number) driver.executeScript(
                "return arguments[0].naturalWidth;", photo)).intValue() > 0);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(journey.getTitle())
                .contains("Somewhere to meet after school").contains("<b>not bold</b>");
        assertNoSidewaysScrolling();
        screenshot("ward-360px");
        assertAccessible("a ward page");
    }

    /** A journey in Leominster East whose showcase found assets, a tagged need and a story with a photo. */
    private Journey journeyWithAShowcase() {
        Journey journey = Journeys.launch(journeys, 20_000);
        SignedIn.asFacilitator(() -> showcase.record(journey.getId(), new ConversationRecord(LocalDate.now().minusDays(1),
                "Leominster primary school", 31,
                List.of(new AssetNote(AssetKind.PLACE, "School hall", "Free after 4pm"),
                        new AssetNote(AssetKind.SERVICE, "Library home delivery", null)),
                List.of("Parents offered to run a homework club"),
                List.of(new NeedNote("Somewhere to meet after school", Set.of(Theme.YOUNG_PEOPLE),
                        Set.of(Population.DEPRIVED_AREAS))),
                List.of(new StoryNote("The bulbs came up in March. <b>not bold</b>", "Children planting bulbs by the school gate",
                        null, new PhotoUpload("bulbs.jpg", Photos.jpeg()))))));
        return journey;
    }
}
