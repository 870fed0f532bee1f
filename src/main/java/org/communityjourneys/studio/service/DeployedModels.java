package org.communityjourneys.studio.service;

import java.time.Instant;
import java.util.List;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;

/**
 * What the engine holds of the models: every version of every process, decision and form, the
 * deployments they came in, the instances running on them, and a new deployment. A port: the
 * engine adapter ({@code workflow}) implements it; the studio keeps who deployed what and why.
 */
public interface DeployedModels {

    /** The versions of one model ({@code key}), or of every model of the kind when the key is null; in no order. */
    List<StoredVersion> versions(ModelKind kind, String key);

    /** A resource of a deployment, as a file. */
    ModelFile resource(String deploymentId, String resourceName);

    /** How many process instances run on this version (for a form: on the processes deployed with it). */
    long running(StoredVersion version);

    /** Every deployment the engine holds; {@code seed} marks those made from {@code processes/} and {@code forms/} at start. */
    List<Deployment> deployments();

    /**
     * Deploys the files together under the studio's deployment name. Throws
     * {@link IllegalStateException} with the engine's reason when it refuses; then nothing is deployed.
     */
    Deployed deploy(List<ModelFile> files);

    /** A version the engine holds: where it came from and its definition id. */
    record StoredVersion(ModelKind kind, String key, String name, int version, String definitionId, String deploymentId,
            String resourceName) {
    }

    /** One deployment: its id, when it was made and whether it is a seed deployment. */
    record Deployment(String id, Instant at, boolean seed) {
    }

    /** A deployment just made, with the versions it created ("community-journey v3", "form record-payment v2"). */
    record Deployed(String deploymentId, List<String> versions) {
    }
}
