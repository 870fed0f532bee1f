// Over 400 lines: one Check per file runs the BPMN, DMN and form rules that share the same parsing.
package org.communityjourneys.workflow.service;

import org.communityjourneys.studio.service.ModelChecks;
import org.communityjourneys.studio.service.ModelSafety;
import org.communityjourneys.studio.service.ModelXml;
import org.communityjourneys.studio.service.StudioAccess;
import org.communityjourneys.tasks.service.DedicatedScreens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelProblem;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;

/**
 * Checks a BPMN process, DMN decision or form-js form before anything is deployed, and lists each
 * problem with the element and the rule it breaks. XML is first read by a parser that refuses a
 * DOCTYPE and never loads external entities (XXE); then Camunda's own parsers read it without
 * deploying; then the studio's rules apply (structure, forms, roles, timers, which beans,
 * classes, scripts and resources a model may use, and {@link ModelContractCheck}: what the code
 * relies on). The engine's side of the studio's {@link ModelChecks} port.
 */
@Service
class ModelValidator implements ModelChecks {

    static final String CAMUNDA_NS = ModelXml.CAMUNDA_NS;
    static final String CAMUNDA_DMN_NS = ModelXml.CAMUNDA_DMN_NS;

    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final ProcessEngine engine;
    private final ModelSafety safety;
    private final JdbcTemplate jdbc;
    private final DedicatedScreens screens;
    private final StudioAccess access;
    private final ObjectMapper json = new ObjectMapper();

    ModelValidator(ProcessEngine engine, ListableBeanFactory beans, JdbcTemplate jdbc, DedicatedScreens screens, StudioAccess access) {
        this.engine = engine;
        this.access = access;
        this.safety = new ModelSafety(beans::containsBean);
        this.jdbc = jdbc;
        this.screens = screens;
    }

    /**
     * The problems of files deployed together: a process may name a form that is in the same
     * list. An empty result means every file may be deployed.
     */
    @Override
    public List<ModelProblem> validate(List<ModelFile> files) {
        access.requireGovernanceLead();
        if (files == null || files.isEmpty()) {
            return List.of(ModelProblem.of(null, null, "files.none", "studio.deploy.noFiles"));
        }
        Set<String> formKeys = new HashSet<>(deployedFormKeys());
        for (ModelFile file : files) {
            if (file.name() != null && file.name().endsWith(ModelKind.FORM.extension())) {
                ModelXml.formKey(file.text()).ifPresent(formKeys::add);
            }
        }
        List<ModelProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ModelFile file : files) {
            if (!names.add(file.name())) {
                problems.add(ModelProblem.of(file.name(), null, "files.duplicate", "studio.deploy.twice", file.name()));
                continue;
            }
            ModelKind kind;
            try {
                kind = ModelKind.ofResource(file.name());
            } catch (IllegalArgumentException e) {
                problems.add(e instanceof Worded worded
                        ? ModelProblem.of(file.name(), null, "files.kind", worded.messageKey(), worded.messageArguments())
                        : new ModelProblem(file.name(), null, "files.kind", e.getMessage()));
                continue;
            }
            new Check(file, kind, formKeys, problems).run();
        }
        return problems;
    }

    private List<String> deployedFormKeys() {
        return jdbc.queryForList("select distinct key_ from act_re_camformdef", String.class);
    }

    /** The checks of one file; problems are added to the shared list. */
    private final class Check {

        private final ModelFile file;
        private final ModelKind kind;
        private final Set<String> formKeys;
        private final List<ModelProblem> problems;

        Check(ModelFile file, ModelKind kind, Set<String> formKeys, List<ModelProblem> problems) {
            this.file = file;
            this.kind = kind;
            this.formKeys = formKeys;
            this.problems = problems;
        }

        void run() {
            if (kind == ModelKind.FORM) {
                checkForm();
                return;
            }
            Document document = readXml();
            if (document == null) {
                return;
            }
            List<ModelProblem> unsafe = safety.check(file.name(), document.getDocumentElement());
            if (!unsafe.isEmpty()) {
                problems.addAll(unsafe);
                return; // never hand unsafe content to the engine's parsers
            }
            if (kind == ModelKind.PROCESS) {
                checkProcess();
            } else {
                checkDecision();
            }
        }

        /** A problem of this file, worded by its key in studio.properties. */
        private void add(String elementId, String rule, String key, Object... arguments) {
            problems.add(ModelProblem.of(file.name(), elementId, rule, key, arguments));
        }

        private Document readXml() {
            try {
                return ModelXml.hardenedXmlParser().parse(new ByteArrayInputStream(file.content()));
            } catch (SAXParseException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("DOCTYPE")) {
                    add(null, "xml.doctype", "studio.check.doctype");
                } else {
                    add(null, "xml.malformed", "studio.check.malformed", String.valueOf(e.getLineNumber()),
                            String.valueOf(e.getColumnNumber()), message);
                }
            } catch (Exception e) {
                add(null, "xml.malformed", "studio.check.unreadable", String.valueOf(e.getMessage()));
            }
            return null;
        }

        // ---- BPMN ----

        private void checkProcess() {
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
            } catch (RuntimeException e) {
                add(null, "parse.camunda", "studio.check.bpmnUnreadable", ModelXml.rootMessage(e));
                return;
            }
            engineParse();
            Collection<Process> processes = model.getModelElementsByType(Process.class);
            if (processes.isEmpty()) {
                add(null, "parse.camunda", "studio.check.noProcess");
            }
            for (Process process : processes) {
                if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                    add(process.getId(), "history-time-to-live", "studio.check.processHistory", process.getId());
                }
                if (process.getChildElementsByType(StartEvent.class).isEmpty()) {
                    add(process.getId(), "structure.start-event", "studio.check.noStartEvent", process.getId());
                }
                if (process.getChildElementsByType(EndEvent.class).isEmpty()) {
                    add(process.getId(), "structure.end-event", "studio.check.noEndEvent", process.getId());
                }
                for (String group : process.getCamundaCandidateStarterGroupsList()) {
                    if (!ROLE_NAMES.contains(group.trim())) {
                        add(process.getId(), "process.candidate-starter-group", "studio.check.starterGroup", process.getId(),
                                group, String.join(", ", new java.util.TreeSet<>(ROLE_NAMES)));
                    }
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                checkConnected(node);
            }
            for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
                checkGateway(gateway);
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                checkUserTask(task);
            }
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                checkTimer(timer);
            }
            problems.addAll(ModelContractCheck.problems(file.name(), model));
        }

        /** Camunda's engine parser, run in a command but with nothing deployed. */
        private void engineParse() {
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            try {
                configuration.getCommandExecutorTxRequired().execute(context -> {
                    BpmnParser parser = new BpmnParser(configuration.getExpressionManager(), configuration.getBpmnParseFactory());
                    DeploymentEntity deployment = new DeploymentEntity();
                    deployment.setName("studio-check");
                    parser.createParse().deployment(deployment).name(file.name())
                            .sourceInputStream(new ByteArrayInputStream(file.content())).execute();
                    return null;
                });
            } catch (ParseException e) {
                for (ResourceReport report : e.getResorceReports()) {
                    for (Problem problem : report.getErrors()) {
                        add(problem.getMainElementId(), "parse.camunda", "studio.check.camundaRefuses", problem.getMessage());
                    }
                }
                if (e.getResorceReports().stream().allMatch(report -> report.getErrors().isEmpty())) {
                    add(null, "parse.camunda", "studio.check.camundaRefusesModel", e.getMessage());
                }
            } catch (RuntimeException e) {
                add(null, "parse.camunda", "studio.check.camundaRefusesModel", ModelXml.rootMessage(e));
            }
        }

        private void checkConnected(FlowNode node) {
            if (node instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
                return;
            }
            if (node instanceof Activity activity && activity.isForCompensation()) {
                return;
            }
            boolean startLike = node instanceof StartEvent || node instanceof BoundaryEvent
                    || !node.getChildElementsByType(LinkEventDefinition.class).isEmpty();
            boolean inEventSubProcess = node.getParentElement() instanceof SubProcess parent && parent.triggeredByEvent();
            if (!startLike && node.getIncoming().isEmpty()) {
                add(node.getId(), "structure.disconnected", "studio.check.noIncoming", describe(node));
            } else if (!(node instanceof EndEvent) && node.getOutgoing().isEmpty()
                    && !(node instanceof BoundaryEvent) && !inEventSubProcess && !isLinkThrow(node)) {
                add(node.getId(), "structure.disconnected", "studio.check.noOutgoing", describe(node));
            }
        }

        private boolean isLinkThrow(FlowNode node) {
            return !node.getChildElementsByType(LinkEventDefinition.class).isEmpty();
        }

        private void checkGateway(Gateway gateway) {
            if (!(gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway) || gateway.getOutgoing().size() < 2) {
                return;
            }
            SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
                    : ((InclusiveGateway) gateway).getDefault();
            for (SequenceFlow flow : gateway.getOutgoing()) {
                if (flow != defaultFlow && flow.getConditionExpression() == null) {
                    add(flow.getId(), "gateway.conditions", "studio.check.gatewayCondition", label(flow.getName(), flow.getId()),
                            label(gateway.getName(), gateway.getId()));
                }
            }
        }

        private void checkUserTask(UserTask task) {
            String formRef = task.getCamundaFormRef();
            String formKey = task.getCamundaFormKey();
            if (formRef != null && !formRef.isBlank()) {
                if (!formKeys.contains(formRef)) {
                    add(task.getId(), "usertask.form", "studio.check.noSuchForm", describe(task), formRef);
                }
            } else if (formKey != null && formKey.startsWith("screen:")) {
                String screen = formKey.substring("screen:".length());
                if (!screens.names().contains(screen)) {
                    add(task.getId(), "usertask.form", "studio.check.noSuchScreen", describe(task), screen,
                            String.join(", ", screens.names()));
                }
            } else {
                add(task.getId(), "usertask.form", "studio.check.needsForm", describe(task));
            }
            for (String group : task.getCamundaCandidateGroupsList()) {
                if (!ROLE_NAMES.contains(group.trim())) {
                    add(task.getId(), "usertask.candidate-group", "studio.check.candidateGroup", describe(task), group,
                            String.join(", ", new java.util.TreeSet<>(ROLE_NAMES)));
                }
            }
        }

        private void checkTimer(TimerEventDefinition timer) {
            String where = timer.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.BaseElement parent
                    ? parent.getId() : timer.getId();
            String date = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent();
            String duration = timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent();
            String cycle = timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent();
            if (blank(date) && blank(duration) && blank(cycle)) {
                add(where, "timer.expression", "studio.check.timerEmpty");
                return;
            }
            try {
                if (!blank(date) && !isExpression(date)) {
                    DateTimeUtil.parseDate(date.trim());
                }
                if (!blank(duration) && !isExpression(duration)) {
                    new DurationHelper(duration.trim());
                }
                if (!blank(cycle) && !isExpression(cycle)) {
                    if (new CycleBusinessCalendar().resolveDuedate(cycle.trim()) == null && !cycle.trim().startsWith("R")) {
                        throw new IllegalArgumentException("no next date");
                    }
                }
            } catch (Exception e) {
                add(where, "timer.expression", "studio.check.timerUnreadable", firstNonBlank(date, duration, cycle));
            }
        }

        // ---- DMN ----

        private void checkDecision() {
            DmnModelInstance model;
            try {
                model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
            } catch (RuntimeException e) {
                add(null, "parse.camunda", "studio.check.dmnUnreadable", ModelXml.rootMessage(e));
                return;
            }
            try {
                ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
                configuration.getCommandExecutorTxRequired().execute(context -> configuration.getDmnEngine()
                        .parseDecisionRequirementsGraph(new ByteArrayInputStream(file.content())));
            } catch (RuntimeException e) {
                add(null, "parse.camunda", "studio.check.camundaRefusesDecision", ModelXml.rootMessage(e));
            }
            Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
            if (decisions.isEmpty()) {
                add(null, "parse.camunda", "studio.check.noDecision");
            }
            for (Decision decision : decisions) {
                if (blank(decision.getCamundaHistoryTimeToLiveString())) {
                    add(decision.getId(), "history-time-to-live", "studio.check.decisionHistory", decision.getId());
                }
            }
        }

        // ---- forms ----

        private void checkForm() {
            JsonNode form;
            try {
                form = json.readTree(file.content());
            } catch (Exception e) {
                add(null, "form.json", "studio.check.formNotJson", e.getMessage().lines().findFirst().orElse(""));
                return;
            }
            if (form == null || !form.isObject()) {
                add(null, "form.json", "studio.check.formNotObject");
                return;
            }
            JsonNode id = form.get("id");
            if (id == null || !id.isTextual() || id.asText().isBlank()) {
                add(null, "form.id", "studio.check.formNoId");
            } else if (!id.asText().matches("[A-Za-z][A-Za-z0-9_-]*")) {
                add(null, "form.id", "studio.check.formId", id.asText());
            }
            JsonNode components = form.get("components");
            if (components == null || !components.isArray() || components.isEmpty()) {
                add(null, "form.components", "studio.check.formNoFields");
                return;
            }
            Set<String> keys = new LinkedHashSet<>();
            checkComponents(components, keys);
        }

        private void checkComponents(JsonNode components, Set<String> keys) {
            for (JsonNode component : components) {
                JsonNode key = component.get("key");
                String where = component.hasNonNull("id") ? component.get("id").asText() : null;
                if (key != null && key.isTextual() && !keys.add(key.asText())) {
                    add(where, "form.key-unique", "studio.check.formKeyTwice", key.asText());
                }
                if (component.has("components") && component.get("components").isArray()) {
                    checkComponents(component.get("components"), keys);
                }
            }
        }
    }

    private static String describe(FlowNode node) {
        String type = node.getElementType().getTypeName();
        return Character.toUpperCase(type.charAt(0)) + type.substring(1).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT)
                + " " + label(node.getName(), node.getId());
    }

    private static String label(String name, String id) {
        return name == null || name.isBlank() ? id : "\"" + name + "\" (" + id + ")";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean isExpression(String text) {
        String trimmed = text.trim();
        return trimmed.startsWith("${") || trimmed.startsWith("#{");
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (!blank(text)) {
                return text.trim();
            }
        }
        return "";
    }

    @Override
    public List<String> formsBoundByDeployment(ModelFile process) {
        List<String> keys = new ArrayList<>();
        for (UserTask task : Bpmn.readModelFromStream(new ByteArrayInputStream(process.content())).getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef != null && "deployment".equals(task.getCamundaFormRefBinding()) && !keys.contains(formRef)) {
                keys.add(formRef);
            }
        }
        return keys;
    }

    @Override
    public List<String> decisionsBoundByDeployment(ModelFile process) {
        List<String> keys = new ArrayList<>();
        for (BusinessRuleTask task : Bpmn.readModelFromStream(new ByteArrayInputStream(process.content()))
                .getModelElementsByType(BusinessRuleTask.class)) {
            String decisionRef = task.getCamundaDecisionRef();
            if (decisionRef != null && "deployment".equals(task.getCamundaDecisionRefBinding()) && !keys.contains(decisionRef)) {
                keys.add(decisionRef);
            }
        }
        return keys;
    }
}
