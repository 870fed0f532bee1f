package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundRepository;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.support.FastTrackClaims;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser set to American English still gets British dates: "01/12/2026" typed into a date
 * field is the first of December, in a form rendered from form-js (the "Date paid" of the
 * payment record) and on a dedicated screen (a fund's "Distribute by"), and the field shows it
 * back as 01/12/2026.
 */
class UkDatesBrowserIT extends BrowserTestCase {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ChestService chest;
    @Autowired
    FundRepository fundRepository;

    @Override
    protected String browserLanguage() {
        return "en-US";
    }

    @Test
    void theRenderedPaymentFormReadsDatePaidAsAUkDate() {
        ProcessInstance instance = FastTrackClaims.start(chest, runtime, "UK dates fund", "Kington lunch club",
                "An urn, tables and chairs", 600);
        Task check = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("microCheck").singleResult();
        SignedIn.as("facilitator", "FACILITATOR", () -> {
            tasks.claim(check.getId(), "facilitator");
            tasks.complete(check.getId(), Map.of("decision", "approve"));
        });
        Task pay = payment(instance);

        logIn("governance");
        open("/tasks/" + pay.getId());
        type("field-paymentPounds", "600");
        type("field-paymentReference", "BACS 2026-12");
        typeDate("field-paidOn", "01/12/2026");
        assertThat(inputOf("field-paidOn").getDomProperty("value")).isEqualTo("01/12/2026");
        assertThat(waitFor(By.id("field-paidOn")).getDomProperty("value")).isEqualTo("2026-12-01");
        screenshot("date-paid-typed");

        click("complete-task");
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(500)).until(browser -> payment(instance) == null);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("paidOn").singleResult().getValue()).isEqualTo("2026-12-01");
    }

    @Test
    void aFundsDeadlineTypedOnItsScreenIsAUkDate() {
        String name = "Deadline fund " + UUID.randomUUID().toString().substring(0, 8);
        logIn("governance");
        open("/chest/funds");
        type("fund-name", name);
        type("fund-funder", "Talk Community");
        choose("fund-funder-kind", "Public health");
        // the first of December of a year ahead: in American order it would be the twelfth of January
        typeDate("fund-deadline", "01/12/2027");
        assertThat(inputOf("fund-deadline").getDomProperty("value")).isEqualTo("01/12/2027");
        assertThat(waitFor(By.id("fund-deadline")).getDomProperty("value")).isEqualTo("2027-12-01");
        type("fund-max-grant", "1000");
        driver.findElement(By.xpath("//vaadin-checkbox[normalize-space(.)='Up to £1,000']//label")).click();
        waitForVaadin();
        screenshot("deadline-typed");
        click("create-fund");
        new WebDriverWait(driver, STEP).until(browser -> fundRepository.findAll().stream()
                .anyMatch(fund -> fund.getName().equals(name)));
        Fund created = fundRepository.findAll().stream().filter(fund -> fund.getName().equals(name)).findFirst().orElseThrow();
        assertThat(created.getDistributionDeadline()).isEqualTo(LocalDate.of(2027, 12, 1));
        assertThat(driver.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='1 Dec 2027']"))).isNotEmpty();
    }

    /** Types a date as a person does: the text, then Enter to take it, then on to the next field. */
    private void typeDate(String id, String text) {
        WebElement input = inputOf(id);
        input.click();
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    private Task payment(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("recordPayment").singleResult();
    }
}
