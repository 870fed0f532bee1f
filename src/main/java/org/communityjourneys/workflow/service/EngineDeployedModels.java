package org.communityjourneys.workflow.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.service.DeployedModels;
import org.communityjourneys.studio.service.ModelDeployments;
import org.communityjourneys.studio.service.ModelXml;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's side of the studio's {@link DeployedModels} port: process and decision versions
 * from the repository service, form versions from Camunda's form table, and deployments made
 * with the studio's name.
 */
@Component
class EngineDeployedModels implements DeployedModels {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;

    EngineDeployedModels(RepositoryService repository, RuntimeService runtime, JdbcTemplate jdbc) {
        this.repository = repository;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredVersion> versions(ModelKind kind, String key) {
        List<StoredVersion> versions = new ArrayList<>();
        switch (kind) {
            case PROCESS -> {
                var query = repository.createProcessDefinitionQuery();
                if (key != null) {
                    query.processDefinitionKey(key);
                }
                for (ProcessDefinition definition : query.list()) {
                    versions.add(new StoredVersion(kind, definition.getKey(), definition.getName(), definition.getVersion(),
                            definition.getId(), definition.getDeploymentId(), definition.getResourceName()));
                }
            }
            case DECISION -> {
                var query = repository.createDecisionDefinitionQuery();
                if (key != null) {
                    query.decisionDefinitionKey(key);
                }
                for (DecisionDefinition definition : query.list()) {
                    versions.add(new StoredVersion(kind, definition.getKey(), definition.getName(), definition.getVersion(),
                            definition.getId(), definition.getDeploymentId(), definition.getResourceName()));
                }
            }
            case FORM -> versions.addAll(jdbc.query(
                    "select id_, key_, version_, deployment_id_, resource_name_ from act_re_camformdef"
                            + (key == null ? "" : " where key_ = ?"),
                    (row, i) -> new StoredVersion(ModelKind.FORM, row.getString("key_"), row.getString("key_"),
                            row.getInt("version_"), row.getString("id_"), row.getString("deployment_id_"),
                            row.getString("resource_name_")),
                    key == null ? new Object[0] : new Object[] {key}));
        }
        return versions;
    }

    @Override
    public ModelFile resource(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return new ModelFile(resourceName, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("The file " + resourceName + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long running(StoredVersion stored) {
        return switch (stored.kind()) {
            case PROCESS -> runtime.createProcessInstanceQuery().processDefinitionId(stored.definitionId()).count();
            case DECISION -> 0;
            case FORM -> jdbc.queryForObject("select count(*) from act_ru_execution e join act_re_procdef p on e.proc_def_id_ = p.id_"
                    + " where e.id_ = e.proc_inst_id_ and p.deployment_id_ = ?", Long.class, stored.deploymentId());
        };
    }

    @Override
    public List<Deployment> deployments() {
        return repository.createDeploymentQuery().list().stream()
                .map(deployment -> new Deployment(deployment.getId(),
                        deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant(),
                        ModelDeploymentPlugin.DEPLOYMENT_NAME.equals(deployment.getName())))
                .toList();
    }

    @Override
    public Deployed deploy(List<ModelFile> files) {
        DeploymentBuilder builder = repository.createDeployment().name(ModelDeployments.DEPLOYMENT_NAME).source("governance studio");
        for (ModelFile file : files) {
            builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
        }
        DeploymentWithDefinitions deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (RuntimeException e) {
            Refused.State refused = Refused.state("studio.deploy.camundaRefused", ModelXml.rootMessage(e));
            refused.initCause(e);
            throw refused;
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
        return new Deployed(deployment.getId(), List.copyOf(versions));
    }
}
