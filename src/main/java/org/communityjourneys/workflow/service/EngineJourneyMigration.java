package org.communityjourneys.workflow.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.JourneysMigrated;
import org.communityjourneys.studio.domain.MigrationPreview;
import org.communityjourneys.studio.domain.MigrationPreview.InstancePlan;
import org.communityjourneys.studio.domain.MigrationReport;
import org.communityjourneys.studio.service.JourneyMigration;
import org.communityjourneys.studio.service.ModelXml;
import org.communityjourneys.studio.service.StudioAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running journeys (or any process instances) from an older process version to a newer
 * one. The plan is Camunda's mapping of equal activities; the preview tries each instance in a
 * transaction that is rolled back, so it says exactly which instances can move and why the
 * others cannot. Migration moves each instance in its own transaction; instances that cannot be
 * mapped are listed and left as they are. The engine's side of the studio's port.
 */
@Service
class EngineJourneyMigration implements JourneyMigration {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final StudioAccess access;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    EngineJourneyMigration(RepositoryService repository, RuntimeService runtime, StudioAccess access,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.access = access;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The plan from the source to the target version for the chosen instances (all instances on
     * the source version when the list is empty). Nothing changes.
     */
    @Override
    public MigrationPreview preview(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
        access.requireGovernanceLead();
        MigrationPlan plan = plan(sourceDefinitionId, targetDefinitionId);
        List<InstancePlan> instances = new ArrayList<>();
        for (String instanceId : chosen(sourceDefinitionId, processInstanceIds)) {
            instances.add(tryOut(plan, instanceId));
        }
        return preview(plan, instances);
    }

    /** Migrates the chosen instances that can be mapped; the others are listed and left as they are. */
    @Override
    public MigrationReport migrate(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
        String by = access.requireGovernanceLead();
        MigrationPlan plan = plan(sourceDefinitionId, targetDefinitionId);
        List<String> migrated = new ArrayList<>();
        List<String> migratedKeys = new ArrayList<>();
        List<InstancePlan> left = new ArrayList<>();
        for (String instanceId : chosen(sourceDefinitionId, processInstanceIds)) {
            InstancePlan before = describe(instanceId, List.of());
            List<String> problems = attempt(plan, instanceId, false);
            if (problems.isEmpty()) {
                migrated.add(instanceId);
                migratedKeys.add(before.businessKey() == null ? instanceId : before.businessKey());
            } else {
                left.add(new InstancePlan(instanceId, before.businessKey(), before.activeActivities(), false, problems));
            }
        }
        ownTransaction.executeWithoutResult(status -> events.publishEvent(
                new JourneysMigrated(by, sourceDefinitionId, targetDefinitionId, List.copyOf(migratedKeys), left.size())));
        return new MigrationReport(sourceDefinitionId, targetDefinitionId, List.copyOf(migrated), List.copyOf(left));
    }

    private MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId) {
        ProcessDefinition source = definition(sourceDefinitionId, "studio.migrate.chooseOld");
        ProcessDefinition target = definition(targetDefinitionId, "studio.migrate.chooseNew");
        if (!source.getKey().equals(target.getKey())) {
            throw Refused.input("studio.migrate.sameProcess", source.getKey(), target.getKey());
        }
        if (source.getId().equals(target.getId())) {
            throw Refused.input("studio.migrate.differentVersion");
        }
        try {
            return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
        } catch (RuntimeException e) {
            Refused.State refused = Refused.state("studio.migrate.cannotPlan", ModelXml.rootMessage(e));
            refused.initCause(e);
            throw refused;
        }
    }

    /** The process version with this id; {@code chooseKey} words the refusal when none is given. */
    private ProcessDefinition definition(String id, String chooseKey) {
        if (id == null || id.isBlank()) {
            throw Refused.input(chooseKey);
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw Refused.input("studio.migrate.noSuchVersion", id);
        }
        return definition;
    }

    private List<String> chosen(String sourceDefinitionId, List<String> processInstanceIds) {
        List<String> onSource = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId)
                .orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList();
        if (processInstanceIds == null || processInstanceIds.isEmpty()) {
            return onSource;
        }
        for (String id : processInstanceIds) {
            if (!onSource.contains(id)) {
                throw Refused.input("studio.migrate.notOnOldVersion", id);
            }
        }
        return List.copyOf(new LinkedHashSet<>(processInstanceIds));
    }

    private InstancePlan tryOut(MigrationPlan plan, String instanceId) {
        List<String> problems = attempt(plan, instanceId, true);
        return describe(instanceId, problems);
    }

    /** Migrates one instance in its own transaction (rolled back for a dry run); returns why it cannot move. */
    private List<String> attempt(MigrationPlan plan, String instanceId, boolean dryRun) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                runtime.newMigration(plan).processInstanceIds(instanceId).execute();
                if (dryRun) {
                    status.setRollbackOnly();
                }
            });
            return List.of();
        } catch (MigratingProcessInstanceValidationException e) {
            List<String> problems = new ArrayList<>(e.getValidationReport().getFailures());
            for (MigratingActivityInstanceValidationReport report : e.getValidationReport().getActivityInstanceReports()) {
                report.getFailures().forEach(failure -> problems.add(report.getSourceScopeId() + ": " + failure));
            }
            for (MigratingTransitionInstanceValidationReport report : e.getValidationReport().getTransitionInstanceReports()) {
                report.getFailures().forEach(failure -> problems.add(report.getSourceScopeId() + ": " + failure));
            }
            return problems.isEmpty() ? List.of(e.getMessage()) : problems;
        } catch (RuntimeException e) {
            return List.of(ModelXml.rootMessage(e));
        }
    }

    private InstancePlan describe(String instanceId, List<String> problems) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        Set<String> active = new LinkedHashSet<>();
        ActivityInstance tree = runtime.getActivityInstance(instanceId);
        if (tree != null) {
            leaves(tree, active);
        }
        return new InstancePlan(instanceId, instance == null ? null : instance.getBusinessKey(), List.copyOf(active),
                problems.isEmpty(), List.copyOf(problems));
    }

    private static void leaves(ActivityInstance instance, Set<String> into) {
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            into.add(transition.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            leaves(child, into);
        }
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
                && instance.getParentActivityInstanceId() != null) {
            into.add(instance.getActivityId());
        }
    }

    /** Whether an instance can be waiting in the node (start and end events and plain gateways it only passes). */
    private static boolean canWaitIn(FlowNode node) {
        return !(node instanceof StartEvent || node instanceof EndEvent || node instanceof IntermediateThrowEvent
                || (node instanceof Gateway && !(node instanceof EventBasedGateway)));
    }

    private MigrationPreview preview(MigrationPlan plan, List<InstancePlan> instances) {
        Set<String> mapped = new LinkedHashSet<>();
        for (MigrationInstruction instruction : plan.getInstructions()) {
            mapped.add(instruction.getSourceActivityId());
        }
        List<String> unmapped = new ArrayList<>();
        BpmnModelInstance source = repository.getBpmnModelInstance(plan.getSourceProcessDefinitionId());
        for (FlowNode node : source.getModelElementsByType(FlowNode.class)) {
            if (!mapped.contains(node.getId()) && canWaitIn(node)) {
                unmapped.add(node.getId());
            }
        }
        return new MigrationPreview(plan.getSourceProcessDefinitionId(), plan.getTargetProcessDefinitionId(),
                List.copyOf(mapped), List.copyOf(unmapped), instances);
    }
}
