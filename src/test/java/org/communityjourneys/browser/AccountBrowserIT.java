package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.VerificationCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A resident's own account page on a phone: verify with a code, then delete the account. 360 px, WCAG 2.1 AA. */
class AccountBrowserIT extends BrowserTestCase {

    @Autowired
    ResidentRegistration registration;
    @Autowired
    VerificationCodes codes;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    private void assertNoSidewaysScrolling() {
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
    }

    @Test
    void aResidentVerifiesWithACodeAndDeletesTheirAccountOnAPhone() {
        String email = "phone-" + UUID.randomUUID() + "@example.org";
        UserAccount resident = registration.register(new Registration("Jo Phone", email, "a long enough password",
                "HR1 1BJ", null, AgeBand.AGE_25_44, true));
        // the demo password, so the shared login step works
        UserAccount stored = accounts.findById(resident.getId()).orElseThrow();
        stored.changePasswordHash(passwordEncoder.encode(PASSWORD));
        accounts.save(stored);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("facilitator", null,
                AuthorityUtils.createAuthorityList("ROLE_FACILITATOR")));
        String code;
        try {
            code = codes.issue(resident.getId()).code();
        } finally {
            SecurityContextHolder.clearContext();
        }

        resizeTo(360, 740);
        logIn(email);
        open("/account");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("My account");
        assertThat(waitFor(By.id("account-verification")).getText()).startsWith("Not yet verified");
        assertNoSidewaysScrolling();
        assertAccessible("the account page");
        screenshot("account-360px");

        type("account-code", code.toLowerCase());
        click("account-redeem-code");
        new WebDriverWait(driver, STEP).until(browser -> browser.findElement(By.id("account-verification")).getText().startsWith("Verified"));
        assertThat(accounts.findById(resident.getId()).orElseThrow().isVerified()).isTrue();
        assertAccessible("the account page after verifying");
        screenshot("verified-360px");

        click("account-delete");
        waitFor(By.id("account-delete-confirm"));
        assertAccessible("the delete confirmation");
        screenshot("confirm-delete-360px");
        click("account-delete-confirm");
        new WebDriverWait(driver, STEP).until(browser -> accounts.findByUsername(email).isEmpty());
        new WebDriverWait(driver, STEP).until(browser -> !browser.getCurrentUrl().contains("/account"));
        screenshot("after-delete-360px");
    }
}
