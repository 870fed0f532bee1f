package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident registers on a phone, then reads the public ward pages: 360 px, no WCAG 2.1 A/AA violations. */
class ResidentBrowserIT extends BrowserTestCase {

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

        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().contains("/login"));
    }

    @Test
    void theWardPagesWorkOnAPhone() {
        resizeTo(360, 740);
        open("/wards");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Wards");
        assertNoSidewaysScrolling();
        assertAccessible("the ward list");

        open("/wards/E05009468");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Leominster East");
        assertNoSidewaysScrolling();
        screenshot("ward-360px");
        assertAccessible("a ward page");
    }
}
