package org.communityjourneys.workflow.service;

import org.communityjourneys.journey.service.JourneyProgress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Where a journey's process is: the diagram it follows, the steps already taken (who and when),
 * the step(s) it is at now and the tasks waiting for someone. Read from Camunda's history.
 *
 * <p>{@link #shownToCurrentUser} is what the (signed-in, any role) journey page shows: staff
 * (facilitator, panel, governance, admin) see who did what by username; residents and applicants
 * see roles ("a facilitator", "a panel member"), never a username, which for residents is their
 * e-mail address. Incidents (raw engine messages) are shown to governance leads and administrators
 * only. {@link #of} is the unfiltered read for the product's own use and tests.
 */
@Service
class EngineJourneyProgress implements JourneyProgress {

    static final String INITIATOR = "initiator";
    private static final String MULTI_INSTANCE_SUFFIX = "#multiInstanceBody";

    private final RepositoryService repository;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final CurrentUser currentUser;
    private final AccountService accounts;

    EngineJourneyProgress(RepositoryService repository, HistoryService history, RuntimeService runtime, TaskService tasks,
            ManagementService management, CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.management = management;
        this.repository = repository;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The progress of the journey's newest process instance; empty when it has none. */
    @Override
    public Optional<Progress> of(UUID journeyId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(journeyId.toString())
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
        String initiator = initiatorOf(instance);

        List<Step> taken = new ArrayList<>();
        Set<String> completedIds = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).finished()
                .orderByHistoricActivityInstanceEndTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            completedIds.add(elementId(activity));
            if (shownInTimeline(activity)) {
                taken.add(step(activity, initiator));
            }
        }

        List<Step> current = new ArrayList<>();
        Set<String> activeIds = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).unfinished()
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list()) {
            activeIds.add(elementId(activity));
            if (shownInTimeline(activity)) {
                current.add(step(activity, initiator));
            }
        }

        List<OpenTask> open = new ArrayList<>();
        List<Trouble> troubles = new ArrayList<>();
        List<Waiting> events = new ArrayList<>();
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0;
        if (running) {
            addWaitingSteps(instance, current, activeIds);
            events.addAll(awaitedEvents(instance));
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId())
                    .orderByTaskCreateTime().asc().list()) {
                open.add(openTask(task));
            }
            for (Incident incident : runtime.createIncidentQuery().processInstanceId(instance.getId())
                    .orderByIncidentTimestamp().asc().list()) {
                troubles.add(new Trouble(incident.getActivityId(), incident.getIncidentMessage(),
                        instant(incident.getIncidentTimestamp())));
            }
        }
        completedIds.removeAll(activeIds);

        return Optional.of(new Progress(instance.getId(), definition.getId(), displayName(definition),
                definition.getVersion(), bpmnXml(definition), !running, List.copyOf(taken), List.copyOf(current),
                List.copyOf(activeIds), List.copyOf(completedIds), List.copyOf(open), List.copyOf(troubles),
                List.copyOf(events)));
    }

    /**
     * {@link #of}, decided field by field for the signed-in person: names for staff, roles for
     * everyone else; incidents for governance leads and administrators only.
     */
    @Override
    public Optional<Progress> shownToCurrentUser(UUID journeyId) {
        Set<Role> viewer = currentUser.roles();
        boolean namesShown = seesNames(viewer);
        boolean incidentsShown = viewer.contains(Role.GOVERNANCE) || viewer.contains(Role.ADMIN);
        return of(journeyId).map(full -> new Progress(full.processInstanceId(), full.processDefinitionId(),
                full.processName(), full.processVersion(), full.bpmnXml(), full.ended(),
                namesShown ? full.completed() : full.completed().stream().map(this::withRoleOnly).toList(),
                namesShown ? full.active() : full.active().stream().map(this::withRoleOnly).toList(),
                full.activeElementIds(), full.completedElementIds(),
                namesShown ? full.openTasks() : full.openTasks().stream().map(this::withRoleOnly).toList(),
                incidentsShown ? full.troubles() : List.of(),
                full.awaitedEvents()));
    }

    /** A person as the signed-in viewer may see them: the username for staff, the role for others. */
    @Override
    public String personShownToCurrentUser(String username) {
        if (username == null || seesNames(currentUser.roles())) {
            return username;
        }
        return roleOf(username, List.of());
    }

    private static boolean seesNames(Set<Role> viewer) {
        return viewer.contains(Role.FACILITATOR) || viewer.contains(Role.PANEL) || viewer.contains(Role.GOVERNANCE)
                || viewer.contains(Role.ADMIN);
    }

    private Step withRoleOnly(Step step) {
        return step.who() == null ? step
                : new Step(step.elementId(), step.name(), step.type(), roleOf(step.who(), List.of()), step.startedAt(),
                        step.endedAt());
    }

    private OpenTask withRoleOnly(OpenTask task) {
        return task.assignee() == null ? task
                : new OpenTask(task.taskId(), task.name(), task.elementId(), roleOf(task.assignee(), task.candidateGroups()),
                        task.candidateGroups(), task.createdAt(), task.dueAt());
    }

    /**
     * "a facilitator", "a panel member", ...: the task's candidate role when it has exactly one,
     * otherwise the person's most senior role; "someone" for an account that no longer exists.
     */
    private String roleOf(String username, List<String> candidateGroups) {
        if (candidateGroups.size() == 1) {
            for (Role role : Role.values()) {
                if (role.name().equals(candidateGroups.get(0))) {
                    return roleWord(role);
                }
            }
        }
        Set<Role> roles = accounts.find(username).map(account -> (Set<Role>) account.getRoles()).orElse(Set.of());
        Role[] bySeniority = {Role.ADMIN, Role.GOVERNANCE, Role.PANEL, Role.FACILITATOR, Role.APPLICANT, Role.RESIDENT};
        for (Role role : bySeniority) {
            if (roles.contains(role)) {
                return roleWord(role);
            }
        }
        return "someone";
    }

    private static String roleWord(Role role) {
        String label = role.label().toLowerCase(java.util.Locale.UK);
        return (role == Role.APPLICANT || role == Role.ADMIN ? "an " : "a ") + label;
    }

    /**
     * What the process waits for besides people: deadlines (timers) and messages at intermediate
     * catch events, e.g. "Ideas deadline" or "Facilitator closes ideas early". Reminders on
     * tasks are left out: they are not what the journey waits for.
     */
    private List<Waiting> awaitedEvents(HistoricProcessInstance instance) {
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<Waiting> events = new ArrayList<>();
        for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc().list()) {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult();
            if (definition != null && model.getModelElementById(definition.getActivityId()) instanceof IntermediateCatchEvent event) {
                events.add(new Waiting(event.getId(), nameOf(event), instant(timer.getDuedate())));
            }
        }
        for (EventSubscription message : runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                .eventType("message").list()) {
            if (model.getModelElementById(message.getActivityId()) instanceof IntermediateCatchEvent event) {
                events.add(new Waiting(event.getId(), nameOf(event), null));
            }
        }
        return events;
    }

    private static String nameOf(FlowElement element) {
        return element.getName() != null ? element.getName() : element.getId();
    }

    /**
     * Steps the process is at but has not begun yet (e.g. an asynchronous service task waiting for
     * the job executor) have no history; the runtime knows them.
     */
    private void addWaitingSteps(HistoricProcessInstance instance, List<Step> current, Set<String> activeIds) {
        BpmnModelInstance model = null;
        for (String id : runtime.getActiveActivityIds(instance.getId())) {
            if (activeIds.add(id)) {
                if (model == null) {
                    model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
                }
                ModelElementInstance element = model.getModelElementById(id);
                String name = element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : id;
                String type = element != null ? element.getElementType().getTypeName() : null;
                current.add(new Step(id, name, type, null, null, null));
            }
        }
    }

    private String initiatorOf(HistoricProcessInstance instance) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(INITIATOR).disableCustomObjectDeserialization()
                .list().stream().findFirst().orElse(null);
        if (variable != null && variable.getValue() != null) {
            return variable.getValue().toString();
        }
        return instance.getStartUserId();
    }

    private static String elementId(HistoricActivityInstance activity) {
        String id = activity.getActivityId();
        return id.endsWith(MULTI_INSTANCE_SUFFIX) ? id.substring(0, id.length() - MULTI_INSTANCE_SUFFIX.length()) : id;
    }

    /** Gateways and multi-instance bodies are plumbing, not steps a person would name. */
    private static boolean shownInTimeline(HistoricActivityInstance activity) {
        String type = activity.getActivityType();
        return type != null && !type.endsWith("Gateway") && !"multiInstanceBody".equals(type);
    }

    private static Step step(HistoricActivityInstance activity, String initiator) {
        String type = activity.getActivityType();
        String who = null;
        if ("userTask".equals(type)) {
            who = activity.getAssignee();
        } else if ("startEvent".equals(type) && activity.getParentActivityInstanceId() != null
                && activity.getParentActivityInstanceId().equals(activity.getProcessInstanceId())) {
            who = initiator;
        }
        String name = activity.getActivityName() != null && !activity.getActivityName().isBlank()
                ? activity.getActivityName() : activity.getActivityId();
        return new Step(elementId(activity), name, type, who, instant(activity.getStartTime()),
                instant(activity.getEndTime()));
    }

    private OpenTask openTask(Task task) {
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return new OpenTask(task.getId(), task.getName() != null ? task.getName() : task.getTaskDefinitionKey(),
                task.getTaskDefinitionKey(), task.getAssignee(), List.copyOf(groups), instant(task.getCreateTime()),
                instant(task.getDueDate()));
    }

    private static String displayName(ProcessDefinition definition) {
        return definition.getName() != null ? definition.getName() : definition.getKey();
    }

    private String bpmnXml(ProcessDefinition definition) {
        try (InputStream xml = repository.getProcessModel(definition.getId())) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
