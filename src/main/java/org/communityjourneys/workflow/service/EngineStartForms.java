package org.communityjourneys.workflow.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.StartForms;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.chest.domain.ProcessStartedFromForm;
import org.communityjourneys.chest.domain.RequestSent;
import org.communityjourneys.chest.domain.StartForm;
import org.communityjourneys.chest.domain.StartableProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processes a person may start from the app with a start form (e.g. a hub start-up claim or
 * a small-grants fast-track application). A process may be started by the roles its model names
 * in {@code camunda:candidateStarterGroups}; the engine's identity service does not know our users,
 * so the check is made here against the person's roles. A start-form field keyed {@code fundId}
 * is offered as a choice (radio buttons) of the chest's open funds. Starting adds {@code applicant} (the signed-in
 * person); a refusal from the process (e.g. over the programme's ceiling) leaves nothing behind.
 * The engine's side of the chest's {@link StartForms} port.
 */
@Service
@Transactional
class EngineStartForms implements StartForms {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    private final RepositoryService repository;
    private final FormService forms;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ChestService chest;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ObjectMapper json = new ObjectMapper();

    EngineStartForms(RepositoryService repository, FormService forms, RuntimeService runtime, TaskService tasks,
            ChestService chest, ApplicationEventPublisher events, Optional<Clock> clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.repository = repository;
        this.forms = forms;
        this.runtime = runtime;
        this.tasks = tasks;
        this.chest = chest;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The latest version of every active process with a start form that one of the roles may start, by name. */
    @Transactional(readOnly = true)
    @Override
    public List<StartableProcess> startableBy(Set<Role> roles) {
        List<StartableProcess> startable = new ArrayList<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().active().list()) {
            describe(definition, roles).ifPresent(startable::add);
        }
        startable.sort((one, other) -> one.name().compareToIgnoreCase(other.name()));
        return startable;
    }

    /** The process, if it has a start form and one of the roles may start its latest version. */
    @Transactional(readOnly = true)
    @Override
    public Optional<StartableProcess> find(String processKey, Set<Role> roles) {
        return latest(processKey).flatMap(definition -> describe(definition, roles));
    }

    /** The start form to render, with the fund field turned into a choice of the chest's open funds. */
    @Transactional(readOnly = true)
    @Override
    public StartForm form(String processKey, Set<Role> roles) {
        StartableProcess process = require(processKey, roles);
        String formJson;
        try (InputStream form = forms.getDeployedStartForm(process.definitionId())) {
            formJson = new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        List<Map<String, Object>> funds = openFunds();
        return new StartForm(process, withFundChoice(formJson, funds), Map.of(FUND_CHOICES, funds));
    }

    /**
     * Starts the latest version of the process with the form's values and {@code applicant} =
     * the username. Publishes {@link ProcessStartedFromForm}. Throws {@link AccessDeniedToRole}
     * when none of the roles may start it, and the process's own refusal (e.g. "A hub start-up
     * grant is at most £2,500") when it refuses; then nothing is started or recorded.
     */
    @Override
    public RequestSent start(String processKey, Map<String, Object> values, String username, Set<Role> roles) {
        if (username == null || username.isBlank()) {
            throw new AccessDeniedToRole("Sign in to apply.");
        }
        currentUser.requireActingAs(username, roles);
        StartableProcess process = require(processKey, roles);
        Map<String, Object> variables = new HashMap<>(values == null ? Map.of() : values);
        variables.remove(FUND_CHOICES);
        variables.put(APPLICANT, username);
        ProcessInstanceWithVariables instance;
        try {
            instance = runtime.createProcessInstanceById(process.definitionId()).setVariables(variables)
                    .executeWithVariablesInReturn();
        } catch (ProcessEngineException refused) {
            throw EngineTaskInbox.plainRefusal(refused);
        }
        Object grantId = instance.getVariables().get("grantId");
        String grant = grantId == null ? null : grantId.toString();
        events.publishEvent(new ProcessStartedFromForm(process.key(), process.name(), instance.getId(), grant, username));
        return new RequestSent(instance.getId(), grant, nextGroups(instance.getId()));
    }

    // --- inside ----------------------------------------------------------------------------------

    private StartableProcess require(String processKey, Set<Role> roles) {
        if (latest(processKey).isEmpty()) {
            throw new java.util.NoSuchElementException("There is no request form called " + processKey + ".");
        }
        return find(processKey, roles).orElseThrow(() -> new AccessDeniedToRole(
                "You cannot start this: it is not open to your role."));
    }

    private Optional<ProcessDefinition> latest(String processKey) {
        if (processKey == null || processKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().active().singleResult());
    }

    private Optional<StartableProcess> describe(ProcessDefinition definition, Set<Role> roles) {
        if (!mayStart(definition, roles)) {
            return Optional.empty();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        if (!(model.getModelElementById(definition.getKey()) instanceof Process process)) {
            return Optional.empty();
        }
        boolean hasStartForm = process.getChildElementsByType(StartEvent.class).stream()
                .anyMatch(start -> start.getCamundaFormRef() != null && !start.getCamundaFormRef().isBlank());
        if (!hasStartForm) {
            return Optional.empty();
        }
        String name = definition.getName() == null || definition.getName().isBlank() ? definition.getKey() : definition.getName();
        return Optional.of(new StartableProcess(definition.getKey(), name, firstSentence(process), definition.getId()));
    }

    private boolean mayStart(ProcessDefinition definition, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return false;
        }
        Set<String> groups = roles.stream().map(Role::name).collect(Collectors.toSet());
        for (IdentityLink link : repository.getIdentityLinksForProcessDefinition(definition.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && groups.contains(link.getGroupId().trim())) {
                return true;
            }
        }
        return false;
    }

    private static String firstSentence(Process process) {
        String text = process.getDocumentations().stream().map(Documentation::getTextContent)
                .filter(content -> content != null && !content.isBlank()).findFirst().orElse("").strip();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private List<Map<String, Object>> openFunds() {
        LocalDate today = LocalDate.now(clock.withZone(COUNTY));
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Fund fund : chest.funds()) {
            if (fund.getDistributionDeadline() == null || !fund.getDistributionDeadline().isBefore(today)) {
                Map<String, Object> choice = new LinkedHashMap<>();
                choice.put("label", fund.getName() + " (" + fund.getFunder() + ")");
                choice.put("value", fund.getId().toString());
                choices.add(choice);
            }
        }
        return choices;
    }

    /**
     * Every field keyed {@code fundId} becomes a required choice of the open funds: radio buttons,
     * which every screen reader announces as required (Vaadin's select marks its button instead).
     */
    private String withFundChoice(String formJson, List<Map<String, Object>> funds) {
        JsonNode schema;
        try {
            schema = json.readTree(formJson);
        } catch (JsonProcessingException unreadable) {
            return formJson;
        }
        if (schema == null || !schema.path("components").isArray()) {
            return formJson;
        }
        replaceFundFields((ArrayNode) schema.path("components"), funds);
        return schema.toString();
    }

    private void replaceFundFields(ArrayNode components, List<Map<String, Object>> funds) {
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            if (component.path("components").isArray()) {
                replaceFundFields((ArrayNode) component.path("components"), funds);
            }
            if (!FUND_FIELD.equals(component.path("key").asText()) || !(component instanceof ObjectNode field)) {
                continue;
            }
            ObjectNode choice = json.createObjectNode();
            choice.put("type", "radio");
            if (field.has("id")) {
                choice.set("id", field.get("id"));
            }
            choice.put("key", FUND_FIELD);
            choice.put("label", field.path("label").asText("Fund").isBlank() ? "Fund" : field.path("label").asText());
            choice.put("description", funds.isEmpty() ? "No fund is open at the moment: ask your facilitator."
                    : "The fund the grant is paid from.");
            choice.put("valuesKey", FUND_CHOICES);
            if (funds.size() == 1) {
                choice.put("defaultValue", (String) funds.get(0).get("value"));
            }
            choice.putObject("validate").put("required", true);
            components.set(i, choice);
        }
    }

    private List<String> nextGroups(String processInstanceId) {
        Set<String> groups = new LinkedHashSet<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).active().list()) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        return List.copyOf(groups);
    }
}
