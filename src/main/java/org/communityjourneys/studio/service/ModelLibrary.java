package org.communityjourneys.studio.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelSummary;
import org.communityjourneys.studio.domain.ModelVersion;
import org.communityjourneys.studio.service.DeployedModels.StoredVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every process, decision and form the engine knows, with its versions: who deployed each
 * version, when and why, and how many instances run on it. Seed versions (from {@code processes/}
 * and {@code forms/}) show "seed" as author. Also hands out any version as a file.
 */
@Service
@Transactional(readOnly = true)
public class ModelLibrary {

    static final String SEED_AUTHOR = "seed";
    static final String SEED_COMMENT = "Seed version from processes/ and forms/";

    private final DeployedModels engine;
    private final JdbcTemplate jdbc;
    private final StudioAccess access;

    ModelLibrary(DeployedModels engine, JdbcTemplate jdbc, StudioAccess access) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Every model, processes first, then decisions, then forms, each sorted by key; versions newest first. */
    public List<ModelSummary> models() {
        access.requireGovernanceLead();
        Map<String, DeploymentFacts> facts = deploymentFacts();
        List<ModelSummary> models = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            Map<String, List<StoredVersion>> byKey = new LinkedHashMap<>();
            for (StoredVersion stored : stored(kind, null)) {
                byKey.computeIfAbsent(stored.key(), key -> new ArrayList<>()).add(stored);
            }
            byKey.forEach((key, versions) -> models.add(summary(kind, key, versions, facts)));
        }
        return models;
    }

    /** One model with its versions, or empty when nothing with that key was ever deployed. */
    public Optional<ModelSummary> model(ModelKind kind, String key) {
        access.requireGovernanceLead();
        List<StoredVersion> versions = stored(kind, key);
        return versions.isEmpty() ? Optional.empty() : Optional.of(summary(kind, key, versions, deploymentFacts()));
    }

    /** One version of a model as a file to download (its resource name and bytes). */
    public ModelFile download(ModelKind kind, String key, int version) {
        access.requireGovernanceLead();
        StoredVersion stored = version(kind, key, version)
                .orElseThrow(() -> Refused.input("studio.library.noVersion", String.valueOf(version), key));
        return file(stored);
    }

    // ---- for the other studio services (they check access themselves) ----

    Optional<StoredVersion> latest(ModelKind kind, String key) {
        List<StoredVersion> versions = stored(kind, key);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0));
    }

    Optional<StoredVersion> version(ModelKind kind, String key, int version) {
        return stored(kind, key).stream().filter(stored -> stored.version() == version).findFirst();
    }

    ModelFile file(StoredVersion stored) {
        return resource(stored.deploymentId(), stored.resourceName());
    }

    ModelFile resource(String deploymentId, String resourceName) {
        return engine.resource(deploymentId, resourceName);
    }

    private List<StoredVersion> stored(ModelKind kind, String key) {
        List<StoredVersion> versions = new ArrayList<>(engine.versions(kind, key));
        versions.sort(Comparator.comparing(StoredVersion::key).thenComparing(StoredVersion::version, Comparator.reverseOrder()));
        return versions;
    }

    private ModelSummary summary(ModelKind kind, String key, List<StoredVersion> versions, Map<String, DeploymentFacts> facts) {
        List<ModelVersion> described = new ArrayList<>();
        for (StoredVersion stored : versions) {
            DeploymentFacts about = facts.getOrDefault(stored.deploymentId(), new DeploymentFacts("unknown", null, ""));
            described.add(new ModelVersion(kind, key, stored.version(), stored.definitionId(), stored.deploymentId(),
                    stored.resourceName(), about.by(), about.at(), about.comment(), engine.running(stored)));
        }
        String name = versions.get(0).name() == null || versions.get(0).name().isBlank() ? key : versions.get(0).name();
        return new ModelSummary(kind, key, name, described);
    }

    private Map<String, DeploymentFacts> deploymentFacts() {
        Map<String, DeploymentFacts> facts = new HashMap<>();
        for (DeployedModels.Deployment deployment : engine.deployments()) {
            boolean seed = deployment.seed();
            facts.put(deployment.id(), new DeploymentFacts(seed ? SEED_AUTHOR : "unknown", deployment.at(), seed ? SEED_COMMENT : ""));
        }
        jdbc.query("select deployment_id, deployed_by, approved_by, deployed_at, comment from studio_deployment", row -> {
            String by = row.getString("deployed_by");
            String approvedBy = row.getString("approved_by");
            Timestamp at = row.getTimestamp("deployed_at");
            facts.put(row.getString("deployment_id"), new DeploymentFacts(
                    approvedBy == null ? by : by + " (approved by " + approvedBy + ")", at.toInstant(), row.getString("comment")));
        });
        return facts;
    }

    private record DeploymentFacts(String by, Instant at, String comment) {
    }
}
