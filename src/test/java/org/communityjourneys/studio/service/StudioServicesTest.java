// Over 400 lines: the studio's services end to end (deploy, four-eyes, diff, migration, roll-back) against the real engine.
package org.communityjourneys.studio.service;

import org.communityjourneys.support.StudioModels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.studio.domain.DeployOutcome;
import org.communityjourneys.studio.domain.MigrationPreview;
import org.communityjourneys.studio.domain.MigrationReport;
import org.communityjourneys.studio.domain.ModelChange;
import org.communityjourneys.studio.domain.ModelDraft;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelProblem;
import org.communityjourneys.studio.domain.ModelSummary;
import org.communityjourneys.studio.domain.ModelVersion;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The studio services on the real engine and database: bad models are refused with their rule and
 * change nothing; deploy, four-eyes, library, drafts, diff, migration, roll-back and download;
 * and only governance leads get in.
 */
// changes the engine's models: the next class gets a fresh context and database
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
@ActiveProfiles("test")
class StudioServicesTest {

    static final String LEAD = "lead-one";
    static final String SECOND_LEAD = "lead-two";

    @Autowired
    ModelDeployments deployments;
    @Autowired
    ModelLibrary library;
    @Autowired
    ModelDrafts drafts;
    @Autowired
    ModelDiff diff;
    @Autowired
    JourneyMigration migration;
    @Autowired
    ModelChecks validator;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    AuditLog audit;
    @Autowired
    FourEyesSetting fourEyes;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    // ---- bad input: each case refused with its rule, nothing deployed, running journeys untouched ----

    @Test
    void malformedXmlIsRefusedAndChangesNothing() {
        String key = StudioModels.uniqueKey();
        refusedWithNothingChanged(StudioModels.process(key).replace("</bpmn:userTask>", ""), "xml.malformed");
    }

    @Test
    void anXxePayloadIsRefusedAndChangesNothing() {
        String key = StudioModels.uniqueKey();
        refusedWithNothingChanged(StudioModels.process(key)
                .replace("<bpmn:definitions", "<!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions")
                .replace("name=\"Check\"", "name=\"&secret;\""), "xml.doctype");
    }

    @Test
    void aScriptTaskIsRefusedAndChangesNothing() {
        String key = StudioModels.uniqueKey();
        refusedWithNothingChanged(StudioModels.process(key).replace("<bpmn:endEvent id=\"end\">",
                "<bpmn:scriptTask id=\"script\" scriptFormat=\"groovy\"><bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask>"
                        + "<bpmn:endEvent id=\"end\">"), "script.not-allowed");
    }

    @Test
    void anUnknownBeanIsRefusedAndChangesNothing() {
        String key = StudioModels.uniqueKey();
        refusedWithNothingChanged(StudioModels.process(key).replace("<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"end\" />",
                "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"call\" />"
                        + "<bpmn:serviceTask id=\"call\" camunda:delegateExpression=\"${dataSource}\"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:serviceTask>"
                        + "<bpmn:sequenceFlow id=\"f3\" sourceRef=\"call\" targetRef=\"end\" />")
                .replace("<bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>", "<bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>"),
                "delegate.not-allowed");
    }

    @Test
    void anUnknownGroupIsRefusedAndChangesNothing() {
        String key = StudioModels.uniqueKey();
        refusedWithNothingChanged(StudioModels.process(key).replace("camunda:candidateGroups=\"GOVERNANCE\"",
                "camunda:candidateGroups=\"EVERYONE\""), "usertask.candidate-group");
    }

    @Test
    void aMissingHistoryTimeToLiveIsRefusedAndChangesNothing() {
        String key = StudioModels.uniqueKey();
        refusedWithNothingChanged(StudioModels.process(key).replace("camunda:historyTimeToLive=\"P30D\"", ""), "history-time-to-live");
    }

    /**
     * The model's contract (issue 15, point 3): a governance lead renames the "Vote closes" timer
     * and drops the certification's listener in the journey model; the studio refuses the new
     * version, naming each thing the code relies on, and deploys nothing.
     */
    @Test
    void aJourneyModelThatBreaksWhatTheCodeReliesOnIsRefusedNamingWhatIsMissing() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("processes/community-journey.bpmn"));
        String renamed = seed.replace("\"voteCloses\"", "\"voteEnds\"")
                .replace("<camunda:taskListener delegateExpression=\"${certifyVoteResult}\" event=\"complete\" />", "")
                .replace("name=\"CloseIdeasEarly\"", "name=\"EndIdeasEarly\"");
        assertThat(renamed).isNotEqualTo(seed).contains("\"voteEnds\"");
        long definitionsBefore = repository.createProcessDefinitionQuery().processDefinitionKey("community-journey").count();

        assertThatThrownBy(() -> asLead(() -> deployments.deploy(List.of(new org.communityjourneys.studio.domain.ModelFile(
                "processes/community-journey.bpmn", renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8))), "Tidy names")))
                .isInstanceOfSatisfying(ModelRejected.class, rejected -> assertThat(rejected.problems())
                        .filteredOn(problem -> problem.rule().equals("contract.missing"))
                        .extracting(ModelProblem::message).containsExactlyInAnyOrder(
                                "The code relies on the timer event 'voteCloses' due at ${voteClosesAt} in process community-journey "
                                        + "(\"Close the vote now\" and extending the vote's closing time): keep an element with this id and type.",
                                "The code relies on the user task 'certifyResult' with its listener complete:certifyVoteResult in process "
                                        + "community-journey (certifying the count, which publishes the ballots): keep an element with this "
                                        + "id and type.",
                                "The code relies on the message 'CloseIdeasEarly' in process community-journey "
                                        + "(\"Close ideas early\" on the ideas page): keep a message with this name."));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("community-journey").count())
                .as("nothing deployed").isEqualTo(definitionsBefore);
    }

    private void refusedWithNothingChanged(String xml, String rule) {
        String runningKey = StudioModels.uniqueKey();
        asLead(() -> deployments.deploy(List.of(StudioModels.file(runningKey, StudioModels.process(runningKey))), "A process to run"));
        ProcessInstance running = runtime.startProcessInstanceByKey(runningKey, "journey-" + runningKey);
        Map<String, String> instancesBefore = runningInstances();
        long deploymentsBefore = repository.createDeploymentQuery().count();
        long definitionsBefore = repository.createProcessDefinitionQuery().count();
        long auditBefore = audit.count();
        String key = StudioModels.uniqueKey();

        assertThatThrownBy(() -> asLead(() -> deployments.deploy(List.of(StudioModels.file(key, xml)), "Should not go live")))
                .isInstanceOfSatisfying(ModelRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(ModelProblem::rule).contains(rule));

        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deploymentsBefore);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
        assertThat(runningInstances()).as("running journeys untouched").isEqualTo(instancesBefore);
        assertThat(tasks.createTaskQuery().processInstanceId(running.getId()).singleResult().getTaskDefinitionKey()).isEqualTo("check");
        assertThat(audit.count()).isEqualTo(auditBefore);
    }

    private Map<String, String> runningInstances() {
        return runtime.createProcessInstanceQuery().list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getProcessDefinitionId));
    }

    // ---- deploy, library, download ----

    @Test
    void aDeploymentNeedsACommentAndShowsInTheLibraryAndTheAuditLog() {
        String key = StudioModels.uniqueKey();
        ModelFile file = StudioModels.file(key, StudioModels.process(key));
        assertThatThrownBy(() -> asLead(() -> deployments.deploy(List.of(file), "  ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment is required");

        DeployOutcome outcome = asLead(() -> deployments.deploy(List.of(file), "First version for the test"));
        assertThat(outcome.live()).isTrue();
        assertThat(outcome.versions()).containsExactly(key + " v1");
        runtime.startProcessInstanceByKey(key);
        runtime.startProcessInstanceByKey(key);

        ModelSummary summary = asLead(() -> library.model(ModelKind.PROCESS, key)).orElseThrow();
        ModelVersion version = summary.latest();
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.deployedBy()).isEqualTo(LEAD);
        assertThat(version.comment()).isEqualTo("First version for the test");
        assertThat(version.deployedAt()).isNotNull();
        assertThat(version.runningInstances()).isEqualTo(2);
        assertThat(version.resourceName()).isEqualTo("processes/" + key + ".bpmn");

        List<AuditEntry> entries = audit.about("deployment", outcome.deploymentId());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo(LEAD);
            assertThat(entry.getAction()).isEqualTo("studio.deployed");
            assertThat(entry.getDetail()).contains(key + " v1", "First version for the test");
        });

        ModelFile downloaded = asLead(() -> library.download(ModelKind.PROCESS, key, 1));
        assertThat(downloaded.fileName()).isEqualTo(key + ".bpmn");
        assertThat(downloaded.text()).isEqualTo(file.text());
    }

    @Test
    void theLibraryListsSeedProcessesDecisionsAndForms() {
        List<ModelSummary> models = asLead(() -> library.models());
        assertThat(models).extracting(ModelSummary::kind, ModelSummary::key).contains(
                org.assertj.core.groups.Tuple.tuple(ModelKind.PROCESS, "community-journey"),
                org.assertj.core.groups.Tuple.tuple(ModelKind.DECISION, "idea-eligibility"),
                org.assertj.core.groups.Tuple.tuple(ModelKind.FORM, "record-payment"));
        ModelSummary form = models.stream().filter(model -> model.key().equals("light-touch-check")).findFirst().orElseThrow();
        assertThat(form.versions().get(form.versions().size() - 1).deployedBy()).isEqualTo("seed");
        assertThat(asLead(() -> library.download(ModelKind.FORM, "light-touch-check", 1)).text()).contains("\"light-touch-check\"");
    }

    @Test
    void aProcessAndItsNewFormGoLiveTogetherAndANewJourneyReachesTheNewTask() {
        String key = StudioModels.uniqueKey();
        String formKey = "celebration-" + key;
        String process = StudioModels.process(key, "camunda:historyTimeToLive=\"P30D\"",
                "camunda:candidateGroups=\"FACILITATOR\" camunda:formRef=\"" + formKey + "\" camunda:formRefBinding=\"deployment\"", "");
        assertThatThrownBy(() -> asLead(() -> deployments.deploy(List.of(StudioModels.file(key, process)), "Without its form")))
                .isInstanceOfSatisfying(ModelRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(ModelProblem::rule).containsExactly("usertask.form"));

        ModelFile form = ModelFile.of("anything.form", StudioModels.form(formKey, "guests"));
        DeployOutcome outcome = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, process), form), "With its form"));
        assertThat(outcome.versions()).contains(key + " v1", "form " + formKey + " v1");
        assertThat(repository.getDeploymentResourceNames(outcome.deploymentId()))
                .contains("forms/" + formKey + ".form", "processes/" + key + ".bpmn");

        ProcessInstance journey = runtime.startProcessInstanceByKey(key);
        assertThat(tasks.createTaskQuery().processInstanceId(journey.getId()).singleResult().getName()).isEqualTo("Check");

        // a second version of the process alone still carries its form along
        String renamed = process.replace("name=\"Check\"", "name=\"Check again\"");
        DeployOutcome second = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, renamed)), "Rename the task"));
        assertThat(repository.getDeploymentResourceNames(second.deploymentId())).contains("forms/" + formKey + ".form");
    }

    // ---- four eyes ----

    @Test
    void withFourEyesADifferentLeadApprovesBeforeItGoesLive() {
        asLead(() -> {
            fourEyes.switchFourEyesOn();
            return null;
        });
        try {
            String key = StudioModels.uniqueKey();
            long deploymentsBefore = repository.createDeploymentQuery().count();
            DeployOutcome requested = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, StudioModels.process(key))),
                    "Needs a second pair of eyes"));
            assertThat(requested.pending()).isTrue();
            assertThat(requested.live()).isFalse();
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
            assertThat(asLead(() -> deployments.pending())).extracting(request -> request.id()).contains(requested.requestId());

            assertThatThrownBy(() -> asLead(() -> deployments.approve(requested.requestId())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("different governance lead");
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

            DeployOutcome approved = as(SECOND_LEAD, () -> deployments.approve(requested.requestId()));
            assertThat(approved.live()).isTrue();
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
            assertThat(asLead(() -> library.model(ModelKind.PROCESS, key)).orElseThrow().latest().deployedBy())
                    .isEqualTo(LEAD + " (approved by " + SECOND_LEAD + ")");
            assertThatThrownBy(() -> as(SECOND_LEAD, () -> deployments.approve(requested.requestId())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already approved");
            assertThat(audit.about("deployment-request", requested.requestId().toString()))
                    .extracting(AuditEntry::getAction).containsExactly("studio.deploy-requested");
            assertThat(audit.about("deployment", approved.deploymentId())).singleElement()
                    .satisfies(entry -> assertThat(entry.getDetail()).contains("approved by " + SECOND_LEAD));

            String rejectedKey = StudioModels.uniqueKey();
            DeployOutcome second = asLead(() -> deployments.deploy(
                    List.of(StudioModels.file(rejectedKey, StudioModels.process(rejectedKey))), "Will be rejected"));
            assertThatThrownBy(() -> as(SECOND_LEAD, () -> {
                deployments.reject(second.requestId(), " ");
                return null;
            })).isInstanceOf(IllegalArgumentException.class);
            as(SECOND_LEAD, () -> {
                deployments.reject(second.requestId(), "Not this week");
                return null;
            });
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(rejectedKey).count()).isZero();
            assertThat(audit.about("deployment-request", second.requestId().toString()))
                    .extracting(AuditEntry::getAction).containsExactly("studio.deploy-requested", "studio.deploy-rejected");
        } finally {
            switchFourEyesOffWithTwoLeads();
        }
        assertThat(asLead(() -> deployments.fourEyes())).isFalse();
    }

    @Test
    void switchingFourEyesOffNeedsADifferentLeadWhileSwitchingItOnIsImmediate() {
        asLead(() -> {
            fourEyes.switchFourEyesOn();
            return null;
        });
        try {
            assertThat(asLead(() -> fourEyes.on())).as("on at once").isTrue();
            assertThatThrownBy(() -> as(SECOND_LEAD, () -> {
                fourEyes.switchFourEyesOn();
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessage("Four-eyes is already on.");
            assertThatThrownBy(() -> asLead(() -> {
                fourEyes.approveFourEyesOff();
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessage("Nobody has asked to switch four-eyes off.");

            asLead(() -> fourEyes.requestFourEyesOff());
            assertThat(asLead(() -> fourEyes.on())).as("a request alone changes nothing").isTrue();
            assertThat(asLead(() -> fourEyes.fourEyesOffRequest())).hasValueSatisfying(
                    request -> assertThat(request.requestedBy()).isEqualTo(LEAD));

            // the same lead can neither approve nor ask twice; each refusal leaves the rows as they were
            List<Map<String, Object>> before = settings();
            assertThatThrownBy(() -> asLead(() -> {
                fourEyes.approveFourEyesOff();
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("A different governance lead must approve");
            assertThatThrownBy(() -> asLead(() -> fourEyes.requestFourEyesOff()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("You already asked");
            assertThatThrownBy(() -> as(SECOND_LEAD, () -> fourEyes.requestFourEyesOff()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(LEAD + " already asked");
            assertThat(settings()).isEqualTo(before);
            assertThat(asLead(() -> deployments.fourEyes())).isTrue();
            String key = StudioModels.uniqueKey();
            DeployOutcome waiting = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, StudioModels.process(key))), "Still four-eyes"));
            assertThat(waiting.pending()).as("deployments still wait for approval").isTrue();
            as(SECOND_LEAD, () -> {
                deployments.reject(waiting.requestId(), "Only a test");
                return null;
            });

            // a second lead may turn the request down; then a new request, approved by the second lead
            as(SECOND_LEAD, () -> {
                fourEyes.withdrawFourEyesOff();
                return null;
            });
            assertThat(asLead(() -> fourEyes.fourEyesOffRequest())).isEmpty();
            assertThat(asLead(() -> fourEyes.on())).isTrue();
            asLead(() -> fourEyes.requestFourEyesOff());
            as(SECOND_LEAD, () -> {
                fourEyes.approveFourEyesOff();
                return null;
            });
            assertThat(asLead(() -> fourEyes.on())).isFalse();
            assertThat(asLead(() -> fourEyes.fourEyesOffRequest())).isEmpty();
            assertThatThrownBy(() -> asLead(() -> fourEyes.requestFourEyesOff()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("Four-eyes is already off.");
            assertThat(audit.about("setting", "four-eyes")).extracting(AuditEntry::getAction).containsSubsequence(
                    "studio.four-eyes", "studio.four-eyes-off-requested", "studio.four-eyes-off-withdrawn",
                    "studio.four-eyes-off-requested", "studio.four-eyes");
            assertThat(audit.about("setting", "four-eyes")).last().satisfies(entry -> {
                assertThat(entry.getActor()).isEqualTo(SECOND_LEAD);
                assertThat(entry.getDetail()).isEqualTo("off");
            });
        } finally {
            if (asLead(() -> fourEyes.on())) {
                switchFourEyesOffWithTwoLeads();
            }
        }
    }

    private List<Map<String, Object>> settings() {
        return jdbc.queryForList("select name, value from studio_setting order by name");
    }

    private void switchFourEyesOffWithTwoLeads() {
        if (asLead(() -> fourEyes.fourEyesOffRequest()).isEmpty()) {
            asLead(() -> fourEyes.requestFourEyesOff());
        }
        as(SECOND_LEAD, () -> {
            fourEyes.approveFourEyesOff();
            return null;
        });
    }

    // ---- drafts and diff ----

    @Test
    void draftsAreKeptPerPersonAndCanBeDiscarded() {
        String key = StudioModels.uniqueKey();
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, StudioModels.process(key))), "Base"));
        String edited = StudioModels.process(key).replace("name=\"Check\"", "name=\"Check twice\"");

        ModelDraft opened = asLead(() -> drafts.open(ModelKind.PROCESS, key));
        assertThat(opened.draft()).isFalse();
        assertThat(opened.basedOnVersion()).isEqualTo(1);

        asLead(() -> drafts.save(ModelKind.PROCESS, key, edited));
        assertThat(asLead(() -> drafts.open(ModelKind.PROCESS, key))).satisfies(draft -> {
            assertThat(draft.draft()).isTrue();
            assertThat(draft.content()).isEqualTo(edited);
            assertThat(draft.owner()).isEqualTo(LEAD);
        });
        assertThat(as(SECOND_LEAD, () -> drafts.open(ModelKind.PROCESS, key)).draft()).as("not my colleague's draft").isFalse();
        assertThat(asLead(() -> drafts.mine())).extracting(ModelDraft::key).contains(key);

        asLead(() -> {
            drafts.discard(ModelKind.PROCESS, key);
            return null;
        });
        assertThat(asLead(() -> drafts.open(ModelKind.PROCESS, key)).draft()).isFalse();
        assertThatThrownBy(() -> asLead(() -> drafts.save(ModelKind.PROCESS, key, "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> asLead(() -> drafts.open(ModelKind.FORM, "never-" + key)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no form");
    }

    @Test
    void theDiffListsAddedRemovedAndChangedElements() {
        String key = StudioModels.uniqueKey();
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, StudioModels.process(key))), "Base"));
        String draft = StudioModels.process(key)
                .replace("camunda:candidateGroups=\"GOVERNANCE\"", "camunda:candidateGroups=\"FACILITATOR\"")
                .replace("<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"end\" />",
                        "<bpmn:sequenceFlow id=\"f2b\" sourceRef=\"check\" targetRef=\"celebrate\" />"
                                + "<bpmn:userTask id=\"celebrate\" name=\"Community celebration event\" camunda:candidateGroups=\"FACILITATOR\" camunda:formRef=\"record-payment\"><bpmn:incoming>f2b</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:userTask>"
                                + "<bpmn:sequenceFlow id=\"f3\" sourceRef=\"celebrate\" targetRef=\"end\" />")
                .replace("<bpmn:outgoing>f2</bpmn:outgoing>", "<bpmn:outgoing>f2b</bpmn:outgoing>")
                .replace("<bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>", "<bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>");

        List<ModelChange> changes = asLead(() -> diff.againstDeployed(ModelKind.PROCESS, key, draft));
        assertThat(changes).extracting(ModelChange::elementId, ModelChange::change).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("check", ModelChange.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("end", ModelChange.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("f2b", ModelChange.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("celebrate", ModelChange.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("f3", ModelChange.Change.ADDED),
                org.assertj.core.groups.Tuple.tuple("f2", ModelChange.Change.REMOVED));
        ModelChange check = changes.stream().filter(change -> change.elementId().equals("check")).findFirst().orElseThrow();
        assertThat(check.changedAttributes()).containsExactlyInAnyOrder("camunda:candidateGroups", "outgoing");
        ModelChange celebrate = changes.stream().filter(change -> change.elementId().equals("celebrate")).findFirst().orElseThrow();
        assertThat(celebrate.name()).isEqualTo("Community celebration event");
        assertThat(celebrate.type()).isEqualTo("userTask");

        List<ModelChange> formChanges = asLead(() -> diff.between(ModelKind.FORM,
                StudioModels.form("f", "a", "b"), StudioModels.form("f", "a", "c")));
        assertThat(formChanges).extracting(ModelChange::elementId, ModelChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Field_1", ModelChange.Change.CHANGED));
    }

    // ---- migration and roll-back ----

    @Test
    void runningJourneysThatMapAreMigratedAndTheOthersAreLeftAsTheyAre() {
        String key = StudioModels.uniqueKey();
        String v1 = StudioModels.process(key).replace("<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"end\" />",
                        "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"check\" targetRef=\"review\" />"
                                + "<bpmn:userTask id=\"review\" name=\"Review\" camunda:candidateGroups=\"GOVERNANCE\" camunda:formKey=\"screen:certify\"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:userTask>"
                                + "<bpmn:sequenceFlow id=\"f3\" sourceRef=\"review\" targetRef=\"end\" />")
                .replace("<bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>", "<bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>");
        String v2 = v1.replace("id=\"review\" name=\"Review\"", "id=\"celebrate\" name=\"Community celebration event\"")
                .replace("targetRef=\"review\"", "targetRef=\"celebrate\"").replace("sourceRef=\"review\"", "sourceRef=\"celebrate\"");
        DeployOutcome first = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1)), "Version one"));
        String v1Id = repository.createProcessDefinitionQuery().deploymentId(first.deploymentId()).singleResult().getId();
        ProcessInstance atCheck = runtime.startProcessInstanceByKey(key, "journey-at-check");
        ProcessInstance atReview = runtime.startProcessInstanceByKey(key, "journey-at-review");
        tasks.complete(tasks.createTaskQuery().processInstanceId(atReview.getId()).singleResult().getId());

        DeployOutcome second = asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v2)), "Celebrate instead of review"));
        String v2Id = repository.createProcessDefinitionQuery().deploymentId(second.deploymentId()).singleResult().getId();
        ProcessInstance fresh = runtime.startProcessInstanceByKey(key, "new-journey");
        assertThat(fresh.getProcessDefinitionId()).isEqualTo(v2Id);

        MigrationPreview preview = asLead(() -> migration.preview(v1Id, v2Id, List.of()));
        assertThat(preview.mappedActivities()).containsExactly("check");
        assertThat(preview.unmappedActivities()).containsExactly("review");
        assertThat(preview.migratable()).extracting(MigrationPreview.InstancePlan::businessKey).containsExactly("journey-at-check");
        assertThat(preview.notMigratable()).singleElement().satisfies(plan -> {
            assertThat(plan.businessKey()).isEqualTo("journey-at-review");
            assertThat(plan.activeActivities()).containsExactly("review");
            assertThat(plan.problems()).isNotEmpty();
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atCheck.getId()).singleResult().getProcessDefinitionId())
                .as("the preview changes nothing").isEqualTo(v1Id);

        MigrationReport report = asLead(() -> migration.migrate(v1Id, v2Id, List.of(atCheck.getId(), atReview.getId())));
        assertThat(report.migrated()).containsExactly(atCheck.getId());
        assertThat(report.leftAsTheyAre()).extracting(MigrationPreview.InstancePlan::processInstanceId).containsExactly(atReview.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atCheck.getId()).singleResult().getProcessDefinitionId())
                .isEqualTo(v2Id);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(atReview.getId()).singleResult().getProcessDefinitionId())
                .isEqualTo(v1Id);

        tasks.complete(tasks.createTaskQuery().processInstanceId(atCheck.getId()).singleResult().getId());
        assertThat(tasks.createTaskQuery().processInstanceId(atCheck.getId()).singleResult().getName())
                .isEqualTo("Community celebration event");
        assertThat(audit.about("process-version", v2Id)).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("studio.migrated");
            assertThat(entry.getActor()).isEqualTo(LEAD);
            assertThat(entry.getDetail()).contains("1 migrated", "1 left", "journey-at-check");
        });

        assertThatThrownBy(() -> asLead(() -> migration.preview(v1Id, v1Id, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> asLead(() -> migration.migrate(v1Id, v2Id, List.of(fresh.getId()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not running on the old version");
    }

    @Test
    void aRollBackDeploysAPreviousVersionAgainAsTheNewest() {
        String key = StudioModels.uniqueKey();
        String v1 = StudioModels.process(key);
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1)), "One"));
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1.replace("name=\"Check\"", "name=\"Changed\""))), "Two"));

        DeployOutcome rolledBack = asLead(() -> deployments.rollBack(ModelKind.PROCESS, key, 1, "Two confused people"));
        assertThat(rolledBack.versions()).containsExactly(key + " v3");
        ModelVersion newest = asLead(() -> library.model(ModelKind.PROCESS, key)).orElseThrow().latest();
        assertThat(newest.version()).isEqualTo(3);
        assertThat(newest.comment()).isEqualTo("Roll back " + key + " to version 1: Two confused people");
        assertThat(asLead(() -> library.download(ModelKind.PROCESS, key, 3)).text()).isEqualTo(v1);
        assertThatThrownBy(() -> asLead(() -> deployments.rollBack(ModelKind.PROCESS, key, 3, "again")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already the newest");
    }

    // ---- access ----

    /**
     * Two governance leads deploy the same model at the same moment, ten times over: each pair once
     * with two different changes (two versions) and once with the same change (one version, or
     * two). The engine's deployment lock is a row in the database, so two threads here meet it as two
     * nodes would; never do two deployments get the same version of the model.
     */
    @Test
    void twoLeadsDeployingTheSameModelAtTheSameMomentNeverGetTheSameVersion() throws Exception {
        String key = StudioModels.uniqueKey();
        String v1 = StudioModels.process(key);
        asLead(() -> deployments.deploy(List.of(StudioModels.file(key, v1)), "First"));
        java.util.concurrent.ExecutorService leads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                boolean sameChange = round % 2 == 1;
                String first = v1.replace("name=\"Check\"", "name=\"Round " + round + "\"");
                String second = sameChange ? first : v1.replace("name=\"Check\"", "name=\"Round " + round + " too\"");
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                var one = leads.submit(() -> {
                    together.await();
                    return as(LEAD, () -> deployments.deploy(List.of(StudioModels.file(key, first)), "Lead one"));
                });
                var two = leads.submit(() -> {
                    together.await();
                    return as(SECOND_LEAD, () -> deployments.deploy(List.of(StudioModels.file(key, second)), "Lead two"));
                });
                one.get(60, java.util.concurrent.TimeUnit.SECONDS);
                two.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            leads.shutdownNow();
        }
        List<Integer> versions = jdbc.queryForList("select version_ from act_re_procdef where key_ = ? order by version_",
                Integer.class, key);
        assertThat(versions).as("no version twice").doesNotHaveDuplicates();
        assertThat(versions).as("one after another from 1")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, versions.size()).boxed().toList());
        // five rounds of two different changes give ten versions; five rounds of one change give five to ten
        assertThat(versions.size()).isBetween(1 + 10 + 5, 1 + 10 + 10);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                .getVersion()).isEqualTo(versions.size());
    }

    @Test
    void residentsAndFacilitatorsAreRefusedByEveryStudioService() {
        String key = StudioModels.uniqueKey();
        ModelFile file = StudioModels.file(key, StudioModels.process(key));
        List<Runnable> calls = List.of(
                () -> library.models(),
                () -> library.model(ModelKind.PROCESS, "community-journey"),
                () -> library.download(ModelKind.PROCESS, "community-journey", 1),
                () -> drafts.open(ModelKind.PROCESS, "community-journey"),
                () -> drafts.save(ModelKind.PROCESS, key, "<x/>"),
                () -> drafts.discard(ModelKind.PROCESS, key),
                () -> drafts.mine(),
                () -> diff.againstDeployed(ModelKind.PROCESS, key, "<x/>"),
                () -> diff.between(ModelKind.FORM, "{}", "{}"),
                () -> deployments.deploy(List.of(file), "Sneaky"),
                () -> deployments.rollBack(ModelKind.PROCESS, "community-journey", 1, "Sneaky"),
                () -> deployments.fourEyes(),
                () -> fourEyes.on(),
                () -> fourEyes.switchFourEyesOn(),
                () -> fourEyes.requestFourEyesOff(),
                () -> fourEyes.approveFourEyesOff(),
                () -> fourEyes.withdrawFourEyesOff(),
                () -> fourEyes.fourEyesOffRequest(),
                () -> deployments.pending(),
                () -> deployments.approve(java.util.UUID.randomUUID()),
                () -> deployments.reject(java.util.UUID.randomUUID(), "no"),
                () -> migration.preview("a", "b", List.of()),
                () -> migration.migrate("a", "b", List.of()),
                () -> validator.validate(file));
        for (String role : List.of("RESIDENT", "FACILITATOR", "PANEL", "APPLICANT")) {
            for (Runnable call : calls) {
                assertThatThrownBy(() -> SignedIn.as("someone", role, () -> {
                    call.run();
                    return null;
                })).as(role).isInstanceOf(AccessDeniedToRole.class).hasMessageContaining("governance leads");
            }
        }
        assertThatThrownBy(() -> library.models()).as("signed out").isInstanceOf(AccessDeniedToRole.class);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    private static <T> T asLead(Supplier<T> action) {
        return as(LEAD, action);
    }

    private static <T> T as(String lead, Supplier<T> action) {
        return SignedIn.as(lead, "GOVERNANCE", action);
    }
}
