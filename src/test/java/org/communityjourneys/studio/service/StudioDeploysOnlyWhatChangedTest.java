package org.communityjourneys.studio.service;

import org.communityjourneys.support.StudioModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.studio.domain.DeployOutcome;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A change to one model deploys that model only, on the real engine: one new process version,
 * no new form versions, and journeys old and new still find their forms; a deploy that changes
 * nothing is refused and makes no version.
 */
// changes the engine's models: the next class gets a fresh context and database
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
@ActiveProfiles("test")
class StudioDeploysOnlyWhatChangedTest {

    static final String JOURNEY = "community-journey";

    @Autowired
    ModelDeployments deployments;
    @Autowired
    ModelLibrary library;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRenamedTaskInTheJourneyDeploysTheJourneyWithItsDecisionsAndNoForm() {
        String deployed = asLead(() -> library.file(library.latest(ModelKind.PROCESS, JOURNEY).orElseThrow()).text());
        int versionBefore = latestVersion(JOURNEY);
        long formVersionsBefore = formVersions();
        long deploymentsBefore = repository.createDeploymentQuery().count();

        String renamed = deployed.replace("name=\"Confirm shortlist\"", "name=\"Confirm the shortlist\"");
        assertThat(renamed).isNotEqualTo(deployed);
        DeployOutcome outcome = asLead(() -> deployments.deploy(
                List.of(ModelFile.of("processes/" + JOURNEY + ".bpmn", renamed)), "Clearer task name"));

        // the journey binds its two decisions by deployment, so their newest versions go along (or its
        // journeys would fail at the eligibility check); no form goes, the journey binds its forms by latest
        assertThat(outcome.versions()).contains(JOURNEY + " v" + (versionBefore + 1)).hasSize(3);
        assertThat(repository.getDeploymentResourceNames(outcome.deploymentId())).containsExactlyInAnyOrder(
                "processes/" + JOURNEY + ".bpmn", "processes/idea-eligibility.dmn", "processes/proportionate-governance.dmn");
        assertThat(repository.createDecisionDefinitionQuery().deploymentId(outcome.deploymentId()).list())
                .extracting(decision -> decision.getKey()).containsExactlyInAnyOrder("idea-eligibility", "proportionate-governance");
        assertThat(latestVersion(JOURNEY)).isEqualTo(versionBefore + 1);
        assertThat(formVersions()).as("no form versioned again").isEqualTo(formVersionsBefore);
        assertThat(jdbc.queryForObject("select count(*) from act_re_camformdef where deployment_id_ = ?", Long.class,
                outcome.deploymentId())).isZero();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore + 1);
    }

    @Test
    void aChangedProcessGoesAloneAndItsJourneysOldAndNewStillShowTheirForm() {
        String key = StudioModels.uniqueKey();
        String v1 = StudioModels.process(key);
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1)), "Version one"));
        ProcessInstance onVersionOne = runtime.startProcessInstanceByKey(key);
        long formVersionsBefore = formVersions();
        int paymentFormBefore = latestFormVersion("record-payment");

        DeployOutcome second = asLead(() -> deployments.deploy(
                List.of(StudioModels.file(key, v1.replace("name=\"Check\"", "name=\"Check the payment\""))), "Rename the task"));
        assertThat(second.versions()).containsExactly(key + " v2");
        assertThat(repository.getDeploymentResourceNames(second.deploymentId())).containsExactly("processes/" + key + ".bpmn");
        assertThat(formVersions()).isEqualTo(formVersionsBefore);
        assertThat(latestFormVersion("record-payment")).isEqualTo(paymentFormBefore);

        ProcessInstance onVersionTwo = runtime.startProcessInstanceByKey(key);
        assertThat(formOfTask(onVersionTwo)).as("a new journey renders its form").contains("\"record-payment\"");
        assertThat(formOfTask(onVersionOne)).as("a running journey still renders its form").contains("\"record-payment\"");
        assertThat(tasks.createTaskQuery().processInstanceId(onVersionTwo.getId()).singleResult().getName())
                .isEqualTo("Check the payment");
    }

    @Test
    void aDeployThatChangesNothingIsRefusedAndMakesNoVersion() {
        String key = StudioModels.uniqueKey();
        String v1 = StudioModels.process(key);
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1)), "Version one"));
        long deploymentsBefore = repository.createDeploymentQuery().count();

        String roundTripped = v1.replace(" isExecutable=\"true\"", "")
                .replace("<bpmn:userTask id=\"check\"", "<bpmn:userTask camunda:asyncBefore=\"false\" id=\"check\"")
                .replaceAll(">\\s+<", "><");
        for (String same : List.of(v1, roundTripped)) {
            assertThatThrownBy(() -> asLead(() -> deployments.deploy(List.of(StudioModels.file(key, same)), "Again")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Nothing to deploy: " + key + " v1 is already deployed as it is");
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(latestVersion(key)).isEqualTo(1);

        // with a changed form beside it, the unchanged process is left out and the form goes alone
        String formKey = "only-changed-" + key;
        asLead(() -> deployments.deploy(List.of(ModelFile.of("x.form", StudioModels.form(formKey, "guests"))), "A form"));
        DeployOutcome both = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, roundTripped),
                ModelFile.of("x.form", StudioModels.form(formKey, "guests", "food"))), "The form asks for food too"));
        assertThat(both.versions()).containsExactly("form " + formKey + " v2");
        assertThat(both.unchanged()).containsExactly(key + " v1");
        assertThat(repository.getDeploymentResourceNames(both.deploymentId())).containsExactly("forms/" + formKey + ".form");
        assertThat(latestVersion(key)).isEqualTo(1);
    }

    @Test
    void aProcessBindingItsFormByDeploymentTakesTheNewestFormAlongAndARollBackKeepsIt() {
        String key = StudioModels.uniqueKey();
        String formKey = "bound-" + key;
        asLead(() -> deployments.deploy(List.of(ModelFile.of("x.form", StudioModels.form(formKey, "guests"))), "A form"));
        String v1 = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"GOVERNANCE\" camunda:formRef=\"" + formKey + "\" camunda:formRefBinding=\"deployment\"", "");
        DeployOutcome first = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1)), "Bound by deployment"));
        assertThat(repository.getDeploymentResourceNames(first.deploymentId()))
                .as("Camunda looks for the form in the process's own deployment").contains("forms/" + formKey + ".form");
        asLead(() -> deployments.deploy(List.of(ModelFile.of("x.form", StudioModels.form(formKey, "guests", "food"))), "Food too"));
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1.replace("name=\"Check\"", "name=\"Count\""))), "Rename"));

        DeployOutcome rolledBack = asLead(() -> deployments.rollBack(ModelKind.PROCESS, key, 1, "The old name was better"));
        assertThat(rolledBack.versions()).contains(key + " v3");
        ProcessInstance journey = runtime.startProcessInstanceByKey(key);
        assertThat(formOfTask(journey)).as("the form is not rolled back with the process").contains("\"food\"");
    }

    private String formOfTask(ProcessInstance instance) {
        String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int latestVersion(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
    }

    private long formVersions() {
        return jdbc.queryForObject("select count(*) from act_re_camformdef", Long.class);
    }

    private int latestFormVersion(String key) {
        return jdbc.queryForObject("select max(version_) from act_re_camformdef where key_ = ?", Integer.class, key);
    }

    private static <T> T asLead(Supplier<T> action) {
        return SignedIn.as("lead-one", "GOVERNANCE", action);
    }
}
