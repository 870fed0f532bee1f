package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.service.ChestService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident on a phone (360 px) applies for a hub start-up grant from "Apply for a grant", by
 * mouse and keyboard; every page passes axe-core; the facilitator then finds "Check the hub claim"
 * among their groups' tasks.
 */
class GrantRequestsBrowserIT extends BrowserTestCase {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ChestService chest;

    @Test
    void aResidentClaimsAHubStartUpGrantAndTheFacilitatorIsAskedToCheckIt() {
        Fund fund = chest.createFund("Hub fund " + UUID.randomUUID().toString().substring(0, 8), "Talk Community",
                "PUBLIC_HEALTH", LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 5_000_00, "Test money", "governance");
        String organisation = "Bromyard hub " + UUID.randomUUID().toString().substring(0, 8);

        resizeTo(360, 800);
        logIn("resident");
        open("/requests");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Apply for a grant");
        screenshot("apply-for-a-grant");
        assertAccessible("the list of grants to apply for");

        click("apply-hub-startup-grant");
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().endsWith("/requests/hub-startup-grant"));
        waitForVaadin();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Hub start-up grant");
        assertAccessible("the hub start-up claim form");

        WebElement fundChoice = waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)="
                + xpathLiteral(fund.getName() + " (Talk Community)") + "]//label"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", fundChoice);
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(fundChoice)).click();
        waitForVaadin();

        tabTo("#field-organisation");
        keys(organisation);
        tabTo("#field-contact");
        keys("hub@example.org");
        tabTo("#field-purpose");
        keys("A fridge and a first-aid kit");
        tabTo("#field-amountPounds");
        keys("1800");
        screenshot("claim-filled-in");
        tabTo("#send-request");
        keys(Keys.ENTER);

        WebElement sent = waitFor(By.id("request-sent"));
        assertThat(sent.getText()).isEqualTo("Your claim has been sent; a facilitator will check it.");
        screenshot("claim-sent");
        assertAccessible("the confirmation");
        List<ProcessInstance> started = runtime.createProcessInstanceQuery().processDefinitionKey("hub-startup-grant")
                .variableValueEquals("organisation", organisation).list();
        assertThat(started).hasSize(1);
        assertThat(runtime.getVariable(started.get(0).getId(), "applicant")).isEqualTo("resident");

        driver.manage().deleteAllCookies();
        resizeTo(1280, 900);
        logIn("facilitator");
        WebElement check = openUntilShown("/tasks", this::showMyGroupsTasks,
                By.xpath("//vaadin-grid-cell-content[contains(., 'Check the hub claim')]"));
        assertThat(check.getText()).contains("Check the hub claim");
        assertThat(tasks.createTaskQuery().processInstanceId(started.get(0).getId()).singleResult().getName())
                .isEqualTo("Check the hub claim");
        screenshot("facilitator-tasks");
    }

    private void showMyGroupsTasks() {
        driver.findElements(By.tagName("vaadin-tab")).stream()
                .filter(tab -> tab.getText().startsWith("My groups")).findFirst()
                .orElseThrow(() -> new AssertionError("the task list has a tab for the facilitator's groups")).click();
        waitForVaadin();
    }
}
