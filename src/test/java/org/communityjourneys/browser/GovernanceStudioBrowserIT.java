package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 6, §8: a governance lead changes the journey process in the browser. She opens the
 * journey model in the BPMN editor, adds the user task "Community celebration event" with a form
 * and a candidate group (through bpmn-js's modelling API, inside the real editor), sees the check
 * fail because the form does not exist yet, builds the form in the form editor and deploys it,
 * then deploys the process with a comment. A new journey reaches the new task; a journey that was
 * already running is migrated to the new version; the audit log shows all of it. Finally she
 * rolls the journey model back to the version it had, and new journeys run without the task.
 *
 * <p>The browser tests share one application and database; this class changes the journey model
 * they all launch, so its application context (and with it the throw-away database) is discarded
 * after it, even if it fails half-way.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GovernanceStudioBrowserIT extends BrowserTestCase {

    static final String PROCESS = "community-journey";
    static final String TASK_NAME = "Community celebration event";
    static final String FORM_KEY = "celebration-event";

    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;

    @Test
    void governanceLeadAddsACelebrationTaskWithItsFormDeploysAndMigratesAJourney() {
        Journey running = Journeys.launch(journeys, 1_000_00);
        String runningInstance = journeys.get(running.getId()).getProcessInstanceId();
        String oldDefinition = instance(runningInstance).getProcessDefinitionId();

        logIn("governance");
        open("/govern/models");
        waitFor(By.id("studio-models"));
        assertThat(cellTexts("studio-models")).contains(PROCESS, "light-touch-check", "idea-eligibility");
        screenshot("model-library");
        assertAccessible("the model library");

        // the journey model in the BPMN editor; add the task where the journey goes after its budget
        click("studio-edit-process-" + PROCESS);
        waitForEditor("studio-process-editor", "modeler-ready", "bpmnModeler");
        assertThat(driver.findElements(By.cssSelector("#studio-process-editor .bjs-powered-by"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#studio-process-editor .bio-properties-panel"))).isNotEmpty();
        screenshot("journey-model-opened");
        driver.executeScript("""
                const modeler = document.getElementById('studio-process-editor').bpmnModeler;
                const registry = modeler.get('elementRegistry');
                const modeling = modeler.get('modeling');
                const flow = registry.get('toRecordShowcase');
                const next = flow.target;
                const task = modeling.createShape({ type: 'bpmn:UserTask' },
                    { x: next.x + next.width / 2, y: next.y + next.height + 120 }, next.parent);
                modeling.updateProperties(task, { id: 'celebrationEvent', name: arguments[0],
                    'camunda:candidateGroups': 'FACILITATOR', 'camunda:formRef': arguments[1],
                    'camunda:formRefBinding': 'deployment' });
                modeling.reconnectEnd(flow, task, { x: task.x + task.width / 2, y: task.y + task.height / 2 });
                modeling.connect(task, next);
                modeler.get('selection').select(task);
                modeler.get('canvas').zoom(0.8);
                modeler.get('canvas').scrollToElement(task);
                """, TASK_NAME, FORM_KEY);
        screenshot("celebration-task-added");
        click("studio-save");
        waitForText("studio-editor-status", "Your draft");

        click("studio-validate");
        waitForText("studio-result", "to fix before deploying");
        assertThat(cellTexts("studio-problems")).contains("celebrationEvent", "usertask.form");
        screenshot("check-fails-without-the-form");

        // the form, new, in the form editor
        open("/govern/models");
        type("studio-new-key", FORM_KEY);
        click("studio-new-create");
        waitForEditor("studio-form-editor", "editor-ready", "formEditor");
        driver.executeScript("""
                const editor = document.getElementById('studio-form-editor').formEditor;
                const modeling = editor.get('modeling');
                const schema = editor._state.schema;
                modeling.addFormField({ type: 'textfield', key: 'eventPlan', label: 'What is planned for the celebration?',
                    validate: { required: true } }, schema, 0);
                modeling.addFormField({ type: 'datetime', key: 'eventDate', subtype: 'date', dateLabel: 'Date of the event' },
                    schema, 1);
                """);
        screenshot("celebration-form");
        type("studio-comment", "A form to plan each journey's celebration event");
        click("studio-deploy");
        waitForText("studio-result", "Deployed");

        // back to the process: my draft, now valid; deploy it with a comment
        open("/govern/models/process/" + PROCESS);
        waitForEditor("studio-process-editor", "modeler-ready", "bpmnModeler");
        waitForText("studio-editor-status", "Your draft");
        click("studio-validate");
        waitForText("studio-result", "No problems found");
        click("studio-diff");
        assertThat(cellTexts("studio-changes")).contains("celebrationEvent", TASK_NAME);
        screenshot("changes-against-the-deployed-version");
        click("studio-deploy");
        assertThat(waitFor(By.id("studio-comment")).getAttribute("invalid")).isNotNull();
        type("studio-comment", "Every journey celebrates with its community");
        click("studio-deploy");
        waitForText("studio-result", "Deployed");
        screenshot("process-deployed");

        // a new journey reaches the new task
        Journey fresh = Journeys.launch(journeys, 1_000_00);
        String freshInstance = journeys.get(fresh.getId()).getProcessInstanceId();
        assertThat(instance(freshInstance).getProcessDefinitionId()).isNotEqualTo(oldDefinition);
        Task celebration = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(500))
                .until(browser -> tasks.createTaskQuery().processInstanceId(freshInstance).taskName(TASK_NAME).singleResult());
        assertThat(tasks.getIdentityLinksForTask(celebration.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("FACILITATOR"));

        // the journey that was already running moves to the new version
        open("/govern/migrate");
        choose("studio-migrate-process", "Community journey (" + PROCESS + ")");
        WebElement from = inputOf("studio-migrate-from");
        from.click();
        int oldVersion = repository.getProcessDefinition(oldDefinition).getVersion();
        By firstVersion = By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), 'v" + oldVersion + ",')]");
        new WebDriverWait(driver, STEP).until(browser -> !browser.findElements(firstVersion).isEmpty());
        driver.findElement(firstVersion).click();
        waitForVaadin();
        click("studio-migrate-preview");
        waitForText("studio-migrate-plan", "can move");
        WebElement row = driver.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + running.getId() + "']"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        new WebDriverWait(driver, STEP).until(ExpectedConditions.elementToBeClickable(row)).click();
        waitForVaadin();
        screenshot("migration-plan");
        click("studio-migrate-run");
        waitForText("studio-migrate-report", "Moved 1 journey");
        screenshot("migration-report");
        assertThat(instance(runningInstance).getProcessDefinitionId())
                .isEqualTo(instance(freshInstance).getProcessDefinitionId());

        // the audit log (a tall window, so that the grid renders every studio entry)
        resizeTo(1280, 2400);
        open("/audit");
        waitFor(By.id("audit-grid"));
        String log = String.join("\n", cellTexts("audit-grid"));
        assertThat(log).contains("studio.deployed").contains("celebration-event")
                .contains("Every journey celebrates with its community")
                .contains("studio.migrated").contains(running.getId().toString());
        screenshot("audit-log");

        // roll back: the version the journeys ran on before is deployed again as the newest
        resizeTo(1280, 900);
        open("/govern/models");
        WebElement journeyModel = waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + PROCESS + "']"));
        journeyModel.click();
        click("studio-rollback-" + PROCESS + "-" + oldVersion);
        click("studio-rollback-confirm");
        assertThat(waitFor(By.id("studio-rollback-comment")).getAttribute("invalid")).isNotNull();
        type("studio-rollback-comment", "The celebration is planned outside the journey after all");
        screenshot("roll-back-dialog");
        click("studio-rollback-confirm");
        int studioVersion = repository.getProcessDefinition(instance(freshInstance).getProcessDefinitionId()).getVersion();
        new WebDriverWait(driver, STEP).until(browser -> repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult().getVersion() > studioVersion);
        screenshot("rolled-back");
        Journey afterRollBack = Journeys.launch(journeys, 1_000_00);
        String afterInstance = journeys.get(afterRollBack.getId()).getProcessInstanceId();
        Task showcase = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(500))
                .until(browser -> tasks.createTaskQuery().processInstanceId(afterInstance).active().singleResult());
        assertThat(showcase.getTaskDefinitionKey()).isEqualTo("recordShowcase");
        Object celebrationElement = repository.getBpmnModelInstance(instance(afterInstance).getProcessDefinitionId())
                .getModelElementById("celebrationEvent");
        assertThat(celebrationElement).isNull();
    }

    private ProcessInstance instance(String id) {
        return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** Waits until the editor web component has drawn its content (it fires the ready event once). */
    private void waitForEditor(String id, String readyEvent, String apiProperty) {
        waitFor(By.id(id));
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(300)).until(browser -> Boolean.TRUE.equals(
                driver.executeScript("const el = document.getElementById(arguments[0]);"
                        + "return !!(el && el[arguments[1]] && el.querySelector('svg, .fjs-editor-container'));", id, apiProperty)));
        waitForVaadin();
    }

    private void waitForText(String id, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(300))
                    .until(browser -> browser.findElement(By.id(id)).getText().contains(text));
        } catch (RuntimeException notThere) {
            screenshot("failed-waiting-for-" + id);
            throw new AssertionError("#" + id + " does not say \"" + text + "\" but \""
                    + driver.findElement(By.id(id)).getText() + "\"; notifications: " + driver.executeScript(
                            "return Array.from(document.querySelectorAll('vaadin-notification-card')).map(c => c.textContent).join(' | ');"),
                    notThere);
        }
    }

    /** The texts of a grid's rendered cells (Flow grids render them into the light DOM). */
    @SuppressWarnings("unchecked")
    private List<String> cellTexts(String gridId) {
        return (List<String>) driver.executeScript("return Array.from(document.getElementById(arguments[0])"
                + ".querySelectorAll('vaadin-grid-cell-content')).map(cell => cell.textContent.trim());", gridId);
    }
}
