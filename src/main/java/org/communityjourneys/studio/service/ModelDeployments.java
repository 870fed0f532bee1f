package org.communityjourneys.studio.service;

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
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.DeployOutcome;
import org.communityjourneys.studio.domain.DeploymentRequest;
import org.communityjourneys.studio.domain.ModelDeploymentRejected;
import org.communityjourneys.studio.domain.ModelDeploymentRequested;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelProblem;
import org.communityjourneys.studio.domain.ModelsDeployed;
import org.communityjourneys.studio.service.DeployedModels.StoredVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys models from the studio: validated first, always with a comment, and only what changed:
 * a file that repeats the newest version of its model (in meaning and layout, see {@link ModelDiff})
 * is left out, and a deploy in which nothing changed is refused. A process that binds a form by
 * {@code latest} (as the seeds do) goes alone; only one that binds a form or a decision with
 * {@code camunda:formRefBinding="deployment"} or {@code camunda:decisionRefBinding="deployment"}
 * (as the journey's eligibility and governance decisions are) takes it along, since Camunda looks
 * for it in the process's own deployment (see docs/studio.md, "Only what changed"). With the
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

    private final DeployedModels engine;
    private final ModelChecks validator;
    private final ModelLibrary library;
    private final StudioAccess access;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final FourEyesSetting fourEyes;
    private final Clock clock;

    ModelDeployments(DeployedModels engine, ModelChecks validator, ModelLibrary library, StudioAccess access,
            JdbcTemplate jdbc, ApplicationEventPublisher events, FourEyesSetting fourEyes, Optional<Clock> clock) {
        this.engine = engine;
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
        StoredVersion old = library.version(kind, key, version)
                .orElseThrow(() -> Refused.input("studio.deploy.noVersionToRollBack", String.valueOf(version), key));
        int latest = library.latest(kind, key).map(StoredVersion::version).orElse(version);
        if (latest == version) {
            throw Refused.input("studio.deploy.alreadyNewest", String.valueOf(version), key);
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
            throw Refused.input("studio.deploy.noSuchRequest");
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
            throw Refused.state("studio.deploy.fourEyes");
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
            throw Refused.input("studio.deploy.rejectReason");
        }
        pendingRequest(requestId);
        jdbc.update("update studio_deployment_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ?",
                DeploymentRequest.Status.REJECTED.name(), by, Timestamp.from(clock.instant()), reason.strip(), requestId);
        events.publishEvent(new ModelDeploymentRejected(requestId, by, reason.strip()));
    }

    private DeploymentRequest pendingRequest(UUID requestId) {
        if (requestId == null) {
            throw Refused.input("studio.deploy.chooseRequest");
        }
        DeploymentRequest request = request(requestId);
        if (request.status() != DeploymentRequest.Status.PENDING) {
            throw Refused.state("studio.deploy.alreadyDecided." + request.status().name());
        }
        return request;
    }

    private DeployOutcome goLive(List<ModelFile> files, String comment, String by, String approvedBy, UUID requestId) {
        DeployedModels.Deployed deployment = engine.deploy(files);
        List<String> versions = deployment.versions();
        jdbc.update("insert into studio_deployment (deployment_id, deployed_by, approved_by, deployed_at, comment) values (?, ?, ?, ?, ?)",
                deployment.deploymentId(), by, approvedBy, Timestamp.from(clock.instant()), comment);
        events.publishEvent(new ModelsDeployed(deployment.deploymentId(), by, approvedBy, comment, List.copyOf(versions), requestId));
        return new DeployOutcome(deployment.deploymentId(), requestId, List.copyOf(versions));
    }

    /**
     * Gives each file the resource name its model already has (or the standard name for a new
     * model), leaves out the files that repeat their model's newest version (refusing when none is
     * left), validates the rest and adds the forms a process binds by {@code deployment}.
     */
    private Prepared prepare(List<ModelFile> files) {
        if (files == null || files.isEmpty()) {
            throw Refused.input("studio.deploy.noFiles");
        }
        Map<String, ModelFile> named = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> unchanged = new ArrayList<>();
        for (ModelFile file : files) {
            if (file == null || file.name() == null || file.content() == null) {
                throw Refused.input("studio.deploy.nameAndContent");
            }
            ModelFile renamed = withResourceName(file);
            if (!seen.add(renamed.name())) {
                throw Refused.input("studio.deploy.twice", renamed.name());
            }
            Optional<StoredVersion> same = unchangedVersion(renamed);
            if (same.isPresent()) {
                unchanged.add(same.get().key() + " v" + same.get().version());
            } else {
                named.put(renamed.name(), renamed);
            }
        }
        if (named.isEmpty()) {
            throw Refused.input("studio.deploy.nothingChanged", String.join(", ", unchanged), unchanged.size());
        }
        List<ModelFile> bundle = new ArrayList<>(named.values());
        List<ModelProblem> problems = validator.validate(bundle);
        if (!problems.isEmpty()) {
            throw new ModelRejected(problems);
        }
        List<String> formKeys = new ArrayList<>();
        for (ModelFile file : bundle) {
            if (file.name().endsWith(ModelKind.FORM.extension())) {
                ModelXml.formKey(file.text()).ifPresent(formKeys::add);
            }
        }
        List<String> decisionKeys = new ArrayList<>();
        for (ModelFile file : bundle) {
            if (file.name().endsWith(ModelKind.DECISION.extension())) {
                ModelXml.firstId(file, "decision").ifPresent(decisionKeys::add);
            }
        }
        for (ModelFile file : List.copyOf(bundle)) {
            if (file.name().endsWith(ModelKind.PROCESS.extension())) {
                takeAlong(ModelKind.FORM, validator.formsBoundByDeployment(file), formKeys, bundle);
                takeAlong(ModelKind.DECISION, validator.decisionsBoundByDeployment(file), decisionKeys, bundle);
            }
        }
        return new Prepared(bundle, List.copyOf(unchanged));
    }

    /**
     * Adds the newest version of each model a process binds by {@code deployment} that is not in
     * the bundle yet: Camunda looks for it in the process's own deployment, so without it the
     * process would fail when it reaches that form or decision.
     */
    private void takeAlong(ModelKind kind, List<String> keys, List<String> present, List<ModelFile> bundle) {
        for (String key : keys) {
            if (!present.contains(key)) {
                library.latest(kind, key).ifPresent(stored -> bundle.add(library.file(stored)));
                present.add(key);
            }
        }
    }

    /** What goes into the deployment, and the models left out because they are unchanged (e.g. "record-payment v2"). */
    private record Prepared(List<ModelFile> bundle, List<String> unchanged) {
    }

    /**
     * The deployed version this file only repeats, if any: same meaning and layout as the newest
     * version of its model (an editor's round-trip counts as the same). Such a file is left out,
     * so an unchanged process, decision or form is never versioned again.
     */
    private Optional<StoredVersion> unchangedVersion(ModelFile file) {
        ModelKind kind = ModelKind.ofResource(file.name());
        Optional<StoredVersion> latest = keyOf(file, kind).flatMap(key -> library.latest(kind, key));
        try {
            return latest.filter(stored -> ModelDiff.same(kind, library.file(stored).text(), file.text()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty(); // validation names the problem
        }
    }

    private Optional<String> keyOf(ModelFile file, ModelKind kind) {
        return switch (kind) {
            case FORM -> ModelXml.formKey(file.text());
            case PROCESS -> ModelXml.firstId(file, "process");
            case DECISION -> ModelXml.firstId(file, "decision");
        };
    }

    private ModelFile withResourceName(ModelFile file) {
        ModelKind kind = ModelKind.ofResource(file.name());
        Optional<String> key = keyOf(file, kind);
        if (key.isEmpty()) {
            return file;
        }
        String name = library.latest(kind, key.get()).map(StoredVersion::resourceName)
                .orElse(kind.resourceNameFor(key.get()));
        return new ModelFile(name, file.content());
    }

    private static String requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw Refused.input("studio.deploy.commentRequired");
        }
        if (comment.length() > MAX_COMMENT) {
            throw Refused.input("studio.deploy.commentTooLong", String.valueOf(MAX_COMMENT));
        }
        return comment.strip();
    }
}
