package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The front door on a phone: it loads, reads well at 360 px and has no WCAG 2.1 A/AA violations. */
class HomePageBrowserIT extends BrowserTestCase {

    @Autowired
    AccountService accounts;

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

    @Test
    void aResidentWithALongEmailUsernameCanAlwaysLogOutOnAPhone() {
        String username = "margaret.featherstonehaugh-" + UUID.randomUUID().toString().substring(0, 8) + "@example-village-hall.org.uk";
        accounts.ensureAccount(username, "Margaret", PASSWORD, EnumSet.of(Role.RESIDENT), Journeys.WARD, false);
        resizeTo(360, 740);
        logIn(username);
        open("/");

        assertThat(waitFor(By.id("home-logged-in")).getText()).contains(username);
        assertThat(driver.findElements(By.linkText("Log in to take part"))).isEmpty();
        WebElement logOut = waitFor(By.id("log-out"));
        assertThat(logOut.isDisplayed()).isTrue();
        Number right = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().right;", logOut);
        assertThat(right.doubleValue()).as("Log out fits inside 360 px").isLessThanOrEqualTo(360);
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        screenshot("home-logged-in-360px");
        assertAccessible("the home page, logged in with a long user name");
    }
}
