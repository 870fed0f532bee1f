package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The front door on a phone: it loads, reads well at 360 px and has no WCAG 2.1 A/AA violations. */
class HomePageBrowserIT extends BrowserTestCase {

    @Test
    void homePageWorksOnAPhone() {
        resizeTo(360, 740);
        open("/");

        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Community Journeys");
        assertThat(driver.findElement(By.linkText("Log in to take part")).isDisplayed()).isTrue();
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        screenshot("home-360px");

        assertAccessible("the home page");
    }
}
