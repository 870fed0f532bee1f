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
import org.communityjourneys.chest.service.ChestService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator decides a task through its form-js form as the task screen renders it in a real
 * browser: the "Micro check" of a small-grants fast-track claim. Submitting without the required
 * decision shows the field's error and completes nothing; a rejection without the reason the
 * process asks for is refused with its message; with both the task completes with typed values.
 */
class RenderedFormBrowserIT extends BrowserTestCase {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ChestService chest;

    @Test
    void facilitatorRejectsASmallGrantClaimThroughTheRenderedForm() {
        Fund fund = chest.createFund("Rendered form fund " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 5_000_00, "Test money", "governance");
        ProcessInstance instance = runtime.startProcessInstanceByKey("small-grants-fast-track", Map.of(
                "fundId", fund.getId().toString(), "organisation", "Kington lunch club", "contact", "club@example.org",
                "purpose", "An urn, tables and chairs", "amountPounds", 600, "applicant", "applicant"));
        Task check = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("microCheck").singleResult();

        logIn("facilitator");
        open("/tasks/" + check.getId());
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Micro check");
        assertThat(waitFor(By.id("field-decision")).getText()).contains("Approve").contains("Reject");
        screenshot("micro-check-form");
        assertAccessible("the rendered micro check form");

        click("complete-task");
        assertThat(waitFor(By.id("field-decision")).getAttribute("invalid")).isNotNull();
        screenshot("required-decision-missing");
        assertThat(openCheck(instance)).isNotNull();

        driver.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Reject']//label")).click();
        waitForVaadin();
        click("complete-task");
        new WebDriverWait(driver, STEP).until(browser -> !browser.findElements(By.id("task-problem")).isEmpty()
                && browser.findElement(By.id("task-problem")).getText().contains("reason"));
        screenshot("reason-missing");
        assertThat(openCheck(instance)).isNotNull();

        type("field-decisionReason", "We fund groups in the county only; this club meets in Wales.");
        click("complete-task");
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(500)).until(browser -> openCheck(instance) == null);
        screenshot("task-done");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("decision").singleResult().getValue()).isEqualTo("reject");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("decisionReason").singleResult().getValue())
                .isEqualTo("We fund groups in the county only; this club meets in Wales.");
    }

    private Task openCheck(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("microCheck").singleResult();
    }
}
