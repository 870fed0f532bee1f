package org.communityjourneys.workflow.service.studio;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.communityjourneys.workflow.domain.DeployOutcome;
import org.communityjourneys.workflow.domain.DeploymentRequest;
import org.communityjourneys.workflow.domain.ModelDeploymentRejected;
import org.communityjourneys.workflow.domain.ModelDeploymentRequested;
import org.communityjourneys.workflow.domain.ModelFile;
import org.communityjourneys.workflow.domain.ModelKind;
import org.communityjourneys.workflow.domain.ModelProblem;
import org.communityjourneys.workflow.domain.ModelsDeployed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deploys models from the studio: validated first, always with a comment, and only what changed:
 * a file that repeats the newest version of its model (in meaning and layout, see {@link ModelDiff})
 * is left out, and a deploy in which nothing changed is refused. A process that binds a form by
 * {@code latest} (as the seeds do) goes alone; only one that binds a form with
 * {@code camunda:formRefBinding="deployment"} takes that form along, since Camunda looks for it in
 * the process's own deployment (see docs/studio.md, "Only what changed"). With the
 * four-eyes setting on, a deploy becomes a request that a different governance lead approves or
 * rejects ({@link FourEyesSetting} holds the setting). Roll-back deploys an earlier version again as the newest. Every step is audited
 * through the events it publishes.
 */
@Service
@Transactional
public class ModelDeployments {

    /** The name of every deployment made from the studio (seed deployments have their own name). */
    public static final String DEPLOYMENT_NAME = "community-journeys-studio";
    static final int MAX_COMMENT = 2000;

    private final RepositoryService repository;
    private final ModelValidator validator;
    private final ModelLibrary library;
    private final StudioAccess access;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final FourEyesSetting fourEyes;
    private final Clock clock;

    ModelDeployments(RepositoryService repository, ModelValidator validator, ModelLibrary library, StudioAccess access,
            JdbcTemplate jdbc, ApplicationEventPublisher events, FourEyesSetting fourEyes, Optional<Clock> clock) {
        this.repository = repository;
        this.validator = validator;
        this.library = library;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.fourEyes = fourEyes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Validates and deploys the files (or, with four-eyes on, files a request for approval).
     * Throws {@link ModelRejected} listing every problem; then nothing is deployed or stored.
     */
    public DeployOutcome deploy(List<ModelFile> files, String comment) {
        String by = access.requireGovernanceLead();
        String why = requireComment(comment);
        Prepared prepared = prepare(files);
        List<ModelFile> bundle = prepared.bundle();
        if (fourEyes()) {
            UUID id = UUID.randomUUID();
            jdbc.update("insert into studio_deployment_request (id, requested_by, requested_at, comment, status) values (?, ?, ?, ?, ?)",
                    id, by, Timestamp.from(clock.instant()), why, DeploymentRequest.Status.PENDING.name());
            for (int i = 0; i < bundle.size(); i++) {
                jdbc.update("insert into studio_deployment_request_file (request_id, position, name, content) values (?, ?, ?, ?)",
                        id, i, bundle.get(i).name(), bundle.get(i).content());
            }
            List<String> names = bundle.stream().map(ModelFile::name).toList();
            events.publishEvent(new ModelDeploymentRequested(id, by, why, names));
            return new DeployOutcome(null, id, names, prepared.unchanged());
        }
        DeployOutcome live = goLive(bundle, why, by, null, null);
        return new DeployOutcome(live.deploymentId(), null, live.versions(), prepared.unchanged());
    }

    /**
     * Deploys an earlier version again as the newest. A process goes alone: its forms are models of
     * their own, used by other processes too, so rolling a process back does not roll them back
     * (roll the form back for that). Only a form the old version binds by {@code deployment} is
     * taken along, in its newest version, as with any deploy.
     */
    public DeployOutcome rollBack(ModelKind kind, String key, int version, String comment) {
        access.requireGovernanceLead();
        String why = requireComment(comment);
        ModelDrafts.requireKey(kind, key);
        ModelLibrary.StoredVersion old = library.version(kind, key, version)
                .orElseThrow(() -> new IllegalArgumentException("There is no version " + version + " of " + key + " to roll back to."));
        int latest = library.latest(kind, key).map(ModelLibrary.StoredVersion::version).orElse(version);
        if (latest == version) {
            throw new IllegalArgumentException("Version " + version + " of " + key + " is already the newest.");
        }
        return deploy(List.of(library.file(old)), "Roll back " + key + " to version " + version + ": " + why);
    }

    /** Whether deployments need a second governance lead's approval (see {@link FourEyesSetting}). */
    @Transactional(readOnly = true)
    public boolean fourEyes() {
        return fourEyes.on();
    }

    /** Deployment requests waiting for approval, oldest first. */
    @Transactional(readOnly = true)
    public List<DeploymentRequest> pending() {
        access.requireGovernanceLead();
        return jdbc.query("select id from studio_deployment_request where status = ? order by requested_at",
                (row, i) -> row.getObject(1, UUID.class), DeploymentRequest.Status.PENDING.name())
                .stream().map(this::request).toList();
    }

    /** Any request, pending or decided. */
    @Transactional(readOnly = true)
    public DeploymentRequest request(UUID id) {
        access.requireGovernanceLead();
        List<DeploymentRequest> found = jdbc.query("select * from studio_deployment_request where id = ?", (row, i) -> {
            Timestamp decidedAt = row.getTimestamp("decided_at");
            return new DeploymentRequest(id, row.getString("requested_by"), row.getTimestamp("requested_at").toInstant(),
                    row.getString("comment"), List.of(), DeploymentRequest.Status.valueOf(row.getString("status")),
                    row.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                    row.getString("decision_note"), row.getString("deployment_id"));
        }, id);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("There is no such deployment request.");
        }
        DeploymentRequest request = found.get(0);
        List<ModelFile> files = jdbc.query("select name, content from studio_deployment_request_file where request_id = ? order by position",
                (row, i) -> new ModelFile(row.getString("name"), row.getBytes("content")), id);
        return new DeploymentRequest(id, request.requestedBy(), request.requestedAt(), request.comment(), files, request.status(),
                request.decidedBy(), request.decidedAt(), request.decisionNote(), request.deploymentId());
    }

    /** A second governance lead approves a request: it is validated again and goes live. */
    public DeployOutcome approve(UUID requestId) {
        String by = access.requireGovernanceLead();
        DeploymentRequest request = pendingRequest(requestId);
        if (request.requestedBy().equals(by)) {
            throw new IllegalStateException("A different governance lead must approve this deployment (four-eyes).");
        }
        List<ModelProblem> problems = validator.validate(request.files());
        if (!problems.isEmpty()) {
            throw new ModelRejected(problems);
        }
        DeployOutcome outcome = goLive(request.files(), request.comment(), request.requestedBy(), by, requestId);
        jdbc.update("update studio_deployment_request set status = ?, decided_by = ?, decided_at = ?, deployment_id = ? where id = ?",
                DeploymentRequest.Status.APPROVED.name(), by, Timestamp.from(clock.instant()), outcome.deploymentId(), requestId);
        return outcome;
    }

    /** Rejects a request; nothing goes live. The reason is required. */
    public void reject(UUID requestId, String reason) {
        String by = access.requireGovernanceLead();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the deployment is rejected.");
        }
        pendingRequest(requestId);
        jdbc.update("update studio_deployment_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?",
                DeploymentRequest.Status.REJECTED.name(), by, Timestamp.from(clock.instant()), reason.strip(), requestId);
        events.publishEvent(new ModelDeploymentRejected(requestId, by, reason.strip()));
    }

    private DeploymentRequest pendingRequest(UUID requestId) {
        if (requestId == null) {
            throw new IllegalArgumentException("Choose a deployment request.");
        }
        DeploymentRequest request = request(requestId);
        if (request.status() != DeploymentRequest.Status.PENDING) {
            throw new IllegalStateException("This deployment request was already " + request.status().name().toLowerCase() + ".");
        }
        return request;
    }

    private DeployOutcome goLive(List<ModelFile> files, String comment, String by, String approvedBy, UUID requestId) {
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source("governance studio");
        for (ModelFile file : files) {
            builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
        }
        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Camunda refused the deployment, so nothing went live: " + ModelValidator.rootMessage(e), e);
        }
        List<String> versions = new ArrayList<>();
        for (ProcessDefinition definition : Optional.ofNullable(deployment.getDeployedProcessDefinitions()).orElse(List.of())) {
            versions.add(definition.getKey() + " v" + definition.getVersion());
        }
        for (DecisionDefinition definition : Optional.ofNullable(deployment.getDeployedDecisionDefinitions()).orElse(List.of())) {
            versions.add(definition.getKey() + " v" + definition.getVersion());
        }
        versions.addAll(jdbc.query("select key_, version_ from act_re_camformdef where deployment_id_ = ? order by key_",
                (row, i) -> "form " + row.getString(1) + " v" + row.getInt(2), deployment.getId()));
        jdbc.update("insert into studio_deployment (deployment_id, deployed_by, approved_by, deployed_at, comment) values (?, ?, ?, ?, ?)",
                deployment.getId(), by, approvedBy, Timestamp.from(clock.instant()), comment);
        events.publishEvent(new ModelsDeployed(deployment.getId(), by, approvedBy, comment, List.copyOf(versions), requestId));
        return new DeployOutcome(deployment.getId(), requestId, List.copyOf(versions));
    }

    /**
     * Gives each file the resource name its model already has (or the standard name for a new
     * model), leaves out the files that repeat their model's newest version (refusing when none is
     * left), validates the rest and adds the forms a process binds by {@code deployment}.
     */
    private Prepared prepare(List<ModelFile> files) {
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one model to deploy.");
        }
        Map<String, ModelFile> named = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> unchanged = new ArrayList<>();
        for (ModelFile file : files) {
            if (file == null || file.name() == null || file.content() == null) {
                throw new IllegalArgumentException("Every file needs a name and content.");
            }
            ModelFile renamed = withResourceName(file);
            if (!seen.add(renamed.name())) {
                throw new IllegalArgumentException(renamed.name() + " is in the deployment twice.");
            }
            Optional<ModelLibrary.StoredVersion> same = unchangedVersion(renamed);
            if (same.isPresent()) {
                unchanged.add(same.get().key() + " v" + same.get().version());
            } else {
                named.put(renamed.name(), renamed);
            }
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("Nothing to deploy: " + String.join(", ", unchanged)
                    + (unchanged.size() == 1 ? " is" : " are") + " already deployed as it is (no change to what runs or to"
                    + " the diagram), so no new version was made.");
        }
        List<ModelFile> bundle = new ArrayList<>(named.values());
        List<ModelProblem> problems = validator.validate(bundle);
        if (!problems.isEmpty()) {
            throw new ModelRejected(problems);
        }
        List<String> formKeys = new ArrayList<>();
        for (ModelFile file : bundle) {
            if (file.name().endsWith(ModelKind.FORM.extension())) {
                validator.formKey(file.text()).ifPresent(formKeys::add);
            }
        }
        for (ModelFile file : List.copyOf(bundle)) {
            if (file.name().endsWith(ModelKind.PROCESS.extension())) {
                for (String formKey : boundForms(file)) {
                    if (!formKeys.contains(formKey)) {
                        library.latest(ModelKind.FORM, formKey).ifPresent(form -> bundle.add(library.file(form)));
                        formKeys.add(formKey);
                    }
                }
            }
        }
        return new Prepared(bundle, List.copyOf(unchanged));
    }

    /** What goes into the deployment, and the models left out because they are unchanged (e.g. "record-payment v2"). */
    private record Prepared(List<ModelFile> bundle, List<String> unchanged) {
    }

    /**
     * The deployed version this file only repeats, if any: same meaning and layout as the newest
     * version of its model (an editor's round-trip counts as the same). Such a file is left out,
     * so an unchanged process, decision or form is never versioned again.
     */
    private Optional<ModelLibrary.StoredVersion> unchangedVersion(ModelFile file) {
        ModelKind kind = ModelKind.ofResource(file.name());
        Optional<ModelLibrary.StoredVersion> latest = keyOf(file, kind).flatMap(key -> library.latest(kind, key));
        try {
            return latest.filter(stored -> ModelDiff.same(kind, library.file(stored).text(), file.text()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty(); // validation names the problem
        }
    }

    private Optional<String> keyOf(ModelFile file, ModelKind kind) {
        return switch (kind) {
            case FORM -> validator.formKey(file.text());
            case PROCESS -> firstId(file, "process");
            case DECISION -> firstId(file, "decision");
        };
    }

    private ModelFile withResourceName(ModelFile file) {
        ModelKind kind = ModelKind.ofResource(file.name());
        Optional<String> key = keyOf(file, kind);
        if (key.isEmpty()) {
            return file;
        }
        String name = library.latest(kind, key.get()).map(ModelLibrary.StoredVersion::resourceName)
                .orElse(kind.resourceNameFor(key.get()));
        return new ModelFile(name, file.content());
    }

    private static Optional<String> firstId(ModelFile file, String localName) {
        try {
            NodeList elements = ModelValidator.hardenedXmlParser().parse(new ByteArrayInputStream(file.content()))
                    .getElementsByTagNameNS("*", localName);
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("id")) {
                    return Optional.of(element.getAttribute("id"));
                }
            }
        } catch (Exception e) {
            // not readable: validation names the problem
        }
        return Optional.empty();
    }

    /** The forms a process names with {@code camunda:formRefBinding="deployment"}. */
    private static List<String> boundForms(ModelFile process) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(process.content()));
        List<String> keys = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef != null && "deployment".equals(task.getCamundaFormRefBinding()) && !keys.contains(formRef)) {
                keys.add(formRef);
            }
        }
        return keys;
    }

    private static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say why you deploy this: a comment is required.");
        }
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("The comment is too long (at most " + MAX_COMMENT + " characters).");
        }
        return comment.strip();
    }
}
