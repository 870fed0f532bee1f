package org.communityjourneys.workflow.service;

import org.communityjourneys.tasks.service.TaskInbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's own checks, with authorization on: what a person signed in to Cockpit reaches the
 * engine as (their user id and role groups) may read but not change, and the product's services,
 * which call the engine with no one authenticated, run as the system.
 */
// the same context as AccessRulesTest, so that a run of both starts it once
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineAuthorizationsTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JourneyService journeys;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    TaskInbox inbox;

    private String processInstanceId;

    @BeforeEach
    void aJourneyAtTheShowcase() {
        Journey journey = Journeys.launchToShowcase(journeys, management, 250_000);
        processInstanceId = journey.getProcessInstanceId();
    }

    @AfterEach
    void nobodyAuthenticated() {
        identity.clearAuthentication();
    }

    @Test
    void authorizationChecksAreOn() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void aGovernanceLeadReadsButChangesNothing() {
        Object budget = runtime.getVariable(processInstanceId, "budgetPence");
        String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).list().get(0).getId();
        String jobId = aJobOfTheJourney().getId();
        String deploymentId = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();

        identity.setAuthentication("governance", List.of("GOVERNANCE"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count())
                .isPositive();
        assertThatThrownBy(() -> runtime.setVariable(processInstanceId, "budgetPence", 1L)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtime.deleteProcessInstance(processInstanceId, "probe")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.complete(taskId, Map.of())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> management.setJobRetries(jobId, 7)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> management.executeJob(jobId)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> engine.getRepositoryService().deleteDeployment(deploymentId, true))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("sneaky")
                .addString("sneaky.bpmn", "<definitions/>").deploy()).isInstanceOf(AuthorizationException.class);

        identity.clearAuthentication();
        assertThat(runtime.getVariable(processInstanceId, "budgetPence")).isEqualTo(budget);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isNotEqualTo(7);
    }

    @Test
    void anAdministratorRetriesJobsButChangesNothingElse() {
        String jobId = aJobOfTheJourney().getId();

        identity.setAuthentication("admin", List.of("ADMIN"));

        management.setJobRetries(jobId, 4);
        assertThatThrownBy(() -> runtime.setVariable(processInstanceId, "budgetPence", 1L)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtime.deleteProcessInstance(processInstanceId, "probe")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> authorizations.saveAuthorization(everythingFor("ADMIN"))).isInstanceOf(AuthorizationException.class);

        identity.clearAuthentication();
        assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isEqualTo(4);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);
    }

    @Test
    void otherRolesSeeNothingInTheEngine() {
        for (String role : List.of("RESIDENT", "APPLICANT", "FACILITATOR", "PANEL")) {
            identity.setAuthentication(role.toLowerCase(), List.of(role));
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).as(role).isZero();
            assertThatThrownBy(() -> runtime.setVariable(processInstanceId, "budgetPence", 1L)).as(role)
                    .isInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void theProductRunsAsTheSystem() {
        assertThat(identity.getCurrentAuthentication()).isNull();
        runtime.setVariable(processInstanceId, "probe", "set by the product");

        assertThat(runtime.getVariable(processInstanceId, "probe")).isEqualTo("set by the product");
    }

    @Test
    void theInboxActsAsTheSystemInThePersonsName() {
        String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup("FACILITATOR").list()
                .get(0).getId();
        // even with someone else authenticated on the thread, who may not touch the task
        identity.setAuthentication("governance", List.of("GOVERNANCE"));

        inbox.claim(taskId, "facilitator", Set.of(Role.FACILITATOR));

        assertThat(identity.getCurrentAuthentication().getUserId()).as("the thread's authentication is put back")
                .isEqualTo("governance");
        identity.clearAuthentication();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("facilitator");
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(taskId)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).singleResult().getUserId())
                .as("the engine's history names who claimed it").isEqualTo("facilitator");

        inbox.unclaim(taskId, "facilitator", Set.of(Role.FACILITATOR));
        assertThat(identity.getCurrentAuthentication()).isNull();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    @Test
    void settingUpTwiceChangesNothingAndRemovesStrayGrants() {
        authorizations.saveAuthorization(everythingFor("FACILITATOR"));
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("FACILITATOR").resourceId(Authorization.ANY).count())
                .isEqualTo(1);

        EngineAuthorizations.apply(authorizations);
        List<Authorization> once = authorizations.createAuthorizationQuery().groupIdIn("GOVERNANCE", "ADMIN")
                .resourceId(Authorization.ANY).list();
        EngineAuthorizations.apply(authorizations);
        List<Authorization> twice = authorizations.createAuthorizationQuery().groupIdIn("GOVERNANCE", "ADMIN")
                .resourceId(Authorization.ANY).list();

        assertThat(authorizations.createAuthorizationQuery().groupIdIn("FACILITATOR").resourceId(Authorization.ANY).count())
                .as("a stray grant is removed").isZero();
        assertThat(twice).extracting(Authorization::getId).containsExactlyInAnyOrderElementsOf(
                once.stream().map(Authorization::getId).toList());
        assertThat(twice).hasSize(EngineAuthorizations.grants().size());
    }

    private Authorization everythingFor(String group) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(group);
        all.setResource(Resources.PROCESS_INSTANCE);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        return all;
    }

    private Job aJobOfTheJourney() {
        return management.createJobQuery().processInstanceId(processInstanceId).list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("a journey at the showcase stage should have a job waiting"));
    }
}
