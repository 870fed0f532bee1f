package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.support.FastTrackClaims;
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
        ProcessInstance instance = FastTrackClaims.start(chest, runtime, "Rendered form fund", "Kington lunch club",
                "An urn, tables and chairs", 600);
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
