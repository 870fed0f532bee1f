package org.communityjourneys.workflow.service;

import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.ModelContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.tasks.domain.TaskCompleted;
import org.communityjourneys.tasks.domain.TaskFormSource;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.communityjourneys.tasks.service.TaskInbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human tasks of the journeys, as one person sees them: the tasks assigned to them and the
 * unclaimed tasks of the groups (roles) they belong to. Only someone who may work on a task can
 * claim or complete it. The engine's side of the tasks module's port.
 */
@Service
@Transactional
class EngineTaskInbox implements TaskInbox {

    static final String PANEL_SCORING = ModelContract.PANEL_REVIEW;
    static final String PANEL_CHAIR = ModelContract.PANEL_CHAIR;

    private final TaskService tasks;
    private final FormService forms;
    private final RuntimeService runtime;
    private final JourneyService journeys;
    private final ChestService chest;
    private final GrantPanelService panel;
    private final ApplicationEventPublisher events;
    private final OnBehalfOf onBehalfOf;
    private final CurrentUser currentUser;

    EngineTaskInbox(TaskService tasks, FormService forms, RuntimeService runtime, JourneyService journeys, ChestService chest,
            GrantPanelService panel,
            ApplicationEventPublisher events, OnBehalfOf onBehalfOf, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.onBehalfOf = onBehalfOf;
        this.tasks = tasks;
        this.forms = forms;
        this.runtime = runtime;
        this.journeys = journeys;
        this.chest = chest;
        this.panel = panel;
        this.events = events;
    }

    // --- lists -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @Override
    public long countMine(String username) {
        return mineQuery(username).count();
    }

    /** Tasks assigned to the user, one page of them. */
    @Transactional(readOnly = true)
    @Override
    public List<TaskSummary> mine(String username, int offset, int limit, SortBy sortBy, boolean ascending) {
        return summaries(sorted(mineQuery(username), sortBy, ascending).listPage(offset, limit));
    }

    /** How many unclaimed tasks are offered to the user's roles or to the user by name. */
    @Transactional(readOnly = true)
    @Override
    public long countForGroups(Set<Role> roles, String username) {
        return roles == null || roles.isEmpty() ? 0 : groupQuery(roles, username).count() - notForThem(roles, username).size();
    }

    /**
     * Unclaimed tasks offered to any of the user's roles or to the user by name (e.g. a grant's
     * learning report, offered to the person who holds the grant), one page of them.
     */
    @Transactional(readOnly = true)
    @Override
    public List<TaskSummary> forGroups(Set<Role> roles, String username, int offset, int limit, SortBy sortBy,
            boolean ascending) {
        if (roles == null || roles.isEmpty()) {
            return List.of();
        }
        Set<String> notForThem = notForThem(roles, username);
        if (notForThem.isEmpty()) {
            return summaries(sorted(groupQuery(roles, username), sortBy, ascending).listPage(offset, limit));
        }
        // the few tasks they may not do are left out of the page, read far enough to fill it
        List<Task> offered = sorted(groupQuery(roles, username), sortBy, ascending)
                .listPage(0, offset + limit + notForThem.size()).stream()
                .filter(task -> !notForThem.contains(task.getId())).toList();
        return summaries(offered.subList(Math.min(offset, offered.size()), Math.min(offset + limit, offered.size())));
    }

    /** The task, if it is open and the user may see it (assigned to them or offered to their roles). */
    @Transactional(readOnly = true)
    @Override
    public Optional<TaskSummary> find(String taskId, String username, Set<Role> roles) {
        Task task = openTask(taskId);
        if (task == null || !(isAssignee(task, username) || offeredTo(task, username, roles))) {
            return Optional.empty();
        }
        return Optional.of(summaries(List.of(task)).get(0));
    }

    // --- claiming and completing -----------------------------------------------------------------

    @Override
    public void claim(String taskId, String username, Set<Role> roles) {
        currentUser.requireActingAs(username, roles);
        Task task = requireOpen(taskId);
        if (isAssignee(task, username)) {
            return;
        }
        if (!offeredTo(task, username, roles)) {
            throw AccessDeniedToRole.worded("tasks.inbox.notOffered");
        }
        if (task.getAssignee() != null) {
            throw Refused.state("tasks.inbox.alreadyClaimed", task.getAssignee());
        }
        onBehalfOf.run(username, () -> tasks.claim(taskId, username));
    }

    @Override
    public void unclaim(String taskId, String username, Set<Role> roles) {
        currentUser.requireActingAs(username, roles);
        Task task = requireOpen(taskId);
        if (!isAssignee(task, username)) {
            throw Refused.state("tasks.inbox.notYoursToHandBack");
        }
        onBehalfOf.run(username, () -> tasks.setAssignee(taskId, null));
    }

    /**
     * Completes the task with the given variables. The user must be its assignee or, when it is
     * unclaimed, hold one of its candidate roles; an unclaimed task is claimed for them first so
     * that the history shows who did it, and the engine's user operation log names them
     * ({@link OnBehalfOf}). Lists and maps are stored as JSON (Camunda Spin).
     * Publishes {@link TaskCompleted}.
     */
    @Override
    public void complete(String taskId, Map<String, Object> variables, String username, Set<Role> roles) {
        currentUser.requireActingAs(username, roles);
        Task task = requireOpen(taskId);
        if (!isAssignee(task, username)) {
            if (!offeredTo(task, username, roles)) {
                throw AccessDeniedToRole.worded("tasks.inbox.notYoursToComplete");
            }
            if (task.getAssignee() != null) {
                throw Refused.state("tasks.inbox.claimedByAnother", task.getAssignee());
            }
            onBehalfOf.run(username, () -> tasks.claim(taskId, username));
        }
        String journeyId = businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
        try {
            onBehalfOf.run(username, () -> tasks.complete(taskId, typed(variables)));
        } catch (ProcessEngineException refused) {
            throw plainRefusal(refused);
        }
        events.publishEvent(new TaskCompleted(task.getId(), task.getName(), journeyId, username));
    }

    /**
     * The engine wraps what a listener or delegate threw ("Exception while invoking
     * TaskListener: ..."); the person completing the task should read the service's own words.
     */
    static RuntimeException plainRefusal(ProcessEngineException wrapped) {
        for (Throwable cause = wrapped.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                return (RuntimeException) cause;
            }
        }
        return wrapped;
    }

    // --- forms ---------------------------------------------------------------------------------

    /** The form-js JSON of a task with {@code camunda:formRef}, or the screen a {@code screen:} key names. */
    @Transactional(readOnly = true)
    @Override
    public TaskFormSource formFor(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw Refused.state("tasks.inbox.noLongerOpen");
        }
        String formKey = task.getFormKey();
        if (task.getCamundaFormRef() != null || (formKey != null && formKey.startsWith("camunda-forms:"))) {
            try (InputStream form = forms.getDeployedTaskForm(taskId)) {
                return TaskFormSource.form(new String(form.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        if (formKey == null || formKey.isBlank()) {
            return TaskFormSource.none();
        }
        if (formKey.startsWith(TaskFormSource.SCREEN_PREFIX)) {
            return TaskFormSource.screen(formKey.substring(TaskFormSource.SCREEN_PREFIX.length()).trim());
        }
        return TaskFormSource.unknown(formKey);
    }

    /** The variables the task can see, to show existing answers in its form. */
    @Transactional(readOnly = true)
    @Override
    public Map<String, Object> variables(String taskId) {
        return new HashMap<>(tasks.getVariables(taskId));
    }

    // --- inside ----------------------------------------------------------------------------------

    private TaskQuery mineQuery(String username) {
        return tasks.createTaskQuery().active().taskAssignee(username);
    }

    private TaskQuery groupQuery(Set<Role> roles, String username) {
        List<String> groups = roles.stream().map(Role::name).sorted().toList();
        TaskQuery query = tasks.createTaskQuery().active().taskUnassigned();
        if (username == null) {
            return query.taskCandidateGroupIn(groups);
        }
        return query.or().taskCandidateGroupIn(groups).taskCandidateUser(username).endOr();
    }

    /**
     * The open panel tasks offered to the panel that this member may not do: the scoring and the
     * chair's decision of a grant they have scored (the services refuse both). The engine offers
     * them to the whole group; the lists leave them out.
     */
    private Set<String> notForThem(Set<Role> roles, String username) {
        if (username == null || roles == null || !roles.contains(Role.PANEL)) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (Task task : tasks.createTaskQuery().active().taskUnassigned().taskCandidateGroup(Role.PANEL.name())
                .taskDefinitionKeyIn(PANEL_SCORING, PANEL_CHAIR).list()) {
            Object grant = tasks.getVariable(task.getId(), "grantId");
            if (grant != null && panel.hasScored(UUID.fromString(grant.toString()), username)) {
                ids.add(task.getId());
            }
        }
        return ids;
    }

    private static TaskQuery sorted(TaskQuery query, SortBy sortBy, boolean ascending) {
        TaskQuery ordered = switch (sortBy == null ? SortBy.CREATED : sortBy) {
            case NAME -> query.orderByTaskName();
            case DUE -> query.orderByDueDate();
            case CREATED -> query.orderByTaskCreateTime();
        };
        ordered = ascending ? ordered.asc() : ordered.desc();
        return ordered.orderByTaskId().asc();
    }

    private Task openTask(String taskId) {
        return taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    }

    private Task requireOpen(String taskId) {
        Task task = openTask(taskId);
        if (task == null) {
            throw Refused.state("tasks.inbox.completedAlready");
        }
        return task;
    }

    private static boolean isAssignee(Task task, String username) {
        return username != null && username.equals(task.getAssignee());
    }

    private boolean offeredTo(Task task, String username, Set<Role> roles) {
        Set<String> groups = roles == null ? Set.of()
                : roles.stream().map(Role::name).collect(Collectors.toSet());
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if ((link.getGroupId() != null && groups.contains(link.getGroupId()))
                    || (link.getUserId() != null && link.getUserId().equals(username))) {
                return true;
            }
        }
        return false;
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    private List<TaskSummary> summaries(List<Task> page) {
        Set<String> instanceIds = new HashSet<>();
        page.stream().map(Task::getProcessInstanceId).filter(id -> id != null).forEach(instanceIds::add);
        Map<String, String> keys = businessKeys(instanceIds);
        Map<String, String> titles = new HashMap<>();
        return page.stream().map(task -> {
            String journeyId = keys.get(task.getProcessInstanceId());
            String title = journeyId == null ? null : titles.computeIfAbsent(journeyId, this::journeyTitle);
            return new TaskSummary(task.getId(), task.getName(), task.getProcessInstanceId(), journeyId, title,
                    task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    candidateGroups(task.getId()), task.getAssignee());
        }).toList();
    }

    private Map<String, String> businessKeys(Set<String> instanceIds) {
        Set<String> ids = new HashSet<>(instanceIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(ids).list()) {
            if (instance.getBusinessKey() != null) {
                keys.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return keys;
    }

    /**
     * The title of the journey the business key names or, for a grant drawn straight from a fund
     * (whose business key is the grant's id), the organisation it was given to.
     */
    private String journeyTitle(String journeyId) {
        try {
            UUID id = UUID.fromString(journeyId);
            return journeys.find(id).map(Journey::getTitle).orElseGet(() -> grantTitle(id));
        } catch (IllegalArgumentException notAJourneyId) {
            return null;
        }
    }

    private String grantTitle(UUID grantId) {
        return chest.findFundedGrant(grantId)
                .map(grant -> (grant.hub() ? "Hub start-up grant: " : "Grant: ") + grant.title())
                .orElse(null);
    }

    /** Collections and maps cannot be stored as plain Camunda values; they go in as JSON. */
    private static Map<String, Object> typed(Map<String, Object> variables) {
        if (variables == null) {
            return Map.of();
        }
        return variables.entrySet().stream().collect(HashMap::new, (typed, entry) -> typed.put(entry.getKey(),
                entry.getValue() instanceof Collection<?> || entry.getValue() instanceof Map<?, ?>
                        ? Variables.objectValue(entry.getValue())
                                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()
                        : entry.getValue()), HashMap::putAll);
    }
}
