package org.communityjourneys.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.tasks.domain.TaskCompleted;
import org.communityjourneys.tasks.domain.TaskFormSource;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.communityjourneys.tasks.service.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The task inbox against the real engine, with a small process whose first task uses a form-js form. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class TaskInboxTest {

    private static final Set<Role> FACILITATOR = EnumSet.of(Role.FACILITATOR);
    private static final Set<Role> RESIDENT = EnumSet.of(Role.RESIDENT);

    @Autowired TaskInbox inbox;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ApplicationEvents events;

    private String instanceId;
    private String businessKey;

    @BeforeEach
    void startTestProcess() {
        repository.createDeployment().name("inbox-test").enableDuplicateFiltering(true)
                .addClasspathResource("inbox/inbox-test.bpmn")
                .addClasspathResource("inbox/inbox-test-form.form")
                .deploy();
        businessKey = UUID.randomUUID().toString();
        instanceId = runtime.startProcessInstanceByKey("inbox-test", businessKey).getId();
    }

    private TaskSummary taskOfThisInstance(List<TaskSummary> list) {
        return list.stream().filter(task -> instanceId.equals(task.processInstanceId())).findFirst().orElse(null);
    }

    private List<TaskSummary> groupTasks(Set<Role> roles) {
        return inbox.forGroups(roles, 0, 1000, TaskInbox.SortBy.CREATED, false);
    }

    @Test
    void aTaskOfferedToAPersonByNameIsInTheirListWhateverTheirRole() {
        String taskId = tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        long before = inbox.countForGroups(RESIDENT, "hub-organiser");
        tasks.addCandidateUser(taskId, "hub-organiser");

        List<TaskSummary> organisers = inbox.forGroups(RESIDENT, "hub-organiser", 0, 1000, TaskInbox.SortBy.CREATED, false);
        assertThat(taskOfThisInstance(organisers)).isNotNull();
        assertThat(inbox.countForGroups(RESIDENT, "hub-organiser")).as("offering this task by name adds it to the count")
                .isEqualTo(before + 1);
        assertThat(inbox.find(taskId, "hub-organiser", RESIDENT)).isPresent();
        List<TaskSummary> neighbours = inbox.forGroups(RESIDENT, "neighbour", 0, 1000, TaskInbox.SortBy.CREATED, false);
        assertThat(taskOfThisInstance(neighbours)).isNull();
        assertThat(inbox.find(taskId, "neighbour", RESIDENT)).isEmpty();
        // the group offer still holds for facilitators, by name or not
        assertThat(taskOfThisInstance(inbox.forGroups(FACILITATOR, "facilitator", 0, 1000, TaskInbox.SortBy.CREATED, false)))
                .isNotNull();
    }

    @Test
    void aFacilitatorSeesTheTaskOfTheirGroupAndAResidentDoesNot() {
        TaskSummary task = taskOfThisInstance(groupTasks(FACILITATOR));
        assertThat(task).isNotNull();
        assertThat(task.name()).isEqualTo("Record the venue");
        assertThat(task.journeyId()).isEqualTo(businessKey);
        assertThat(task.candidateGroups()).containsExactly("FACILITATOR");
        assertThat(task.overdueAt(Instant.now())).isTrue();
        long before = inbox.countForGroups(FACILITATOR);
        runtime.startProcessInstanceByKey("inbox-test", UUID.randomUUID().toString());
        assertThat(inbox.countForGroups(FACILITATOR)).as("one more instance, one more facilitator task").isEqualTo(before + 1);

        assertThat(taskOfThisInstance(groupTasks(RESIDENT))).isNull();
        assertThat(inbox.find(task.id(), "resident", RESIDENT)).isEmpty();
        assertThat(inbox.find(task.id(), "facilitator", FACILITATOR)).isPresent();
    }

    @Test
    void aResidentCannotClaimOrCompleteAFacilitatorTask() {
        String taskId = taskOfThisInstance(groupTasks(FACILITATOR)).id();
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("venue", "Hall"), "resident", RESIDENT))
                .isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> inbox.claim(taskId, "resident", RESIDENT))
                .isInstanceOf(AccessDeniedToRole.class);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void aPanelMemberOrGovernanceLeadCannotClaimOrCompleteAFacilitatorTask() {
        String taskId = taskOfThisInstance(groupTasks(FACILITATOR)).id();
        for (Role role : List.of(Role.PANEL, Role.GOVERNANCE, Role.APPLICANT)) {
            Set<Role> roles = EnumSet.of(role);
            String someone = role.name().toLowerCase() + "-member";
            assertThatThrownBy(() -> inbox.complete(taskId, Map.of("venue", "Hall"), someone, roles))
                    .as(role.name()).isInstanceOf(AccessDeniedToRole.class);
            assertThatThrownBy(() -> inbox.claim(taskId, someone, roles)).as(role.name()).isInstanceOf(AccessDeniedToRole.class);
            assertThat(inbox.find(taskId, someone, roles)).as(role.name()).isEmpty();
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(runtime.getVariable(instanceId, "venue")).isNull();
    }

    @Test
    void claimingMovesTheTaskToMineAndUnclaimingGivesItBack() {
        String taskId = taskOfThisInstance(groupTasks(FACILITATOR)).id();
        long mineBefore = inbox.countMine("facilitator");
        long groupsBefore = inbox.countForGroups(FACILITATOR);
        inbox.claim(taskId, "facilitator", FACILITATOR);
        assertThat(taskOfThisInstance(inbox.mine("facilitator", 0, 1000, TaskInbox.SortBy.DUE, true))).isNotNull();
        assertThat(taskOfThisInstance(groupTasks(FACILITATOR))).isNull();
        assertThat(inbox.countMine("facilitator")).isEqualTo(mineBefore + 1);
        assertThat(inbox.countForGroups(FACILITATOR)).isEqualTo(groupsBefore - 1);
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("venue", "Hall"), "someone-else", FACILITATOR))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("claimed by facilitator");

        inbox.unclaim(taskId, "facilitator", FACILITATOR);
        assertThat(taskOfThisInstance(inbox.mine("facilitator", 0, 1000, TaskInbox.SortBy.NAME, true))).isNull();
        assertThat(taskOfThisInstance(groupTasks(FACILITATOR))).isNotNull();
        assertThat(inbox.countMine("facilitator")).isEqualTo(mineBefore);
        assertThat(inbox.countForGroups(FACILITATOR)).isEqualTo(groupsBefore);
    }

    @Test
    void theFormOfAFormRefTaskIsTheDeployedFormJsJsonAndAScreenKeyNamesItsScreen() {
        String taskId = taskOfThisInstance(groupTasks(FACILITATOR)).id();
        TaskFormSource form = inbox.formFor(taskId);
        assertThat(form.kind()).isEqualTo(TaskFormSource.Kind.FORM);
        assertThat(form.formJson()).contains("\"id\": \"inbox-test-form\"");

        inbox.complete(taskId, Map.of("venue", "Hall"), "facilitator", FACILITATOR);
        String next = taskOfThisInstance(groupTasks(FACILITATOR)).id();
        TaskFormSource screen = inbox.formFor(next);
        assertThat(screen.kind()).isEqualTo(TaskFormSource.Kind.SCREEN);
        assertThat(screen.screen()).isEqualTo("shortlist");
    }

    @Test
    void completingClaimsForTheUserStoresTypedVariablesAndTellsTheAudit() {
        String taskId = taskOfThisInstance(groupTasks(FACILITATOR)).id();
        inbox.complete(taskId, Map.of("venue", "Church hall", "attendance", 12L,
                "needs", new ArrayList<>(List.of("food", "warmth"))), "facilitator", FACILITATOR);

        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("facilitator");
        assertThat(runtime.getVariable(instanceId, "venue")).isEqualTo("Church hall");
        assertThat(runtime.getVariable(instanceId, "attendance")).isEqualTo(12L);
        assertThat(runtime.getVariable(instanceId, "needs")).isEqualTo(List.of("food", "warmth"));
        assertThat(events.stream(TaskCompleted.class))
                .contains(new TaskCompleted(taskId, "Record the venue", businessKey, "facilitator"));
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of(), "facilitator", FACILITATOR))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer open");
    }
}
