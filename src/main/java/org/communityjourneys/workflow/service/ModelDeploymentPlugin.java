package org.communityjourneys.workflow.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.communityjourneys.studio.domain.ModelProblem;
import org.communityjourneys.studio.service.ModelSafety;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the seed models: every {@code .bpmn} and {@code .dmn} in {@code processes/} and every
 * form-js {@code .form} in {@code forms/} (both folders are on the classpath, see pom.xml), as one
 * deployment named {@value #DEPLOYMENT_NAME} with relative resource names. Duplicate filtering
 * means an unchanged set creates no new versions on restart. A seed whose newest version was
 * deployed from the governance studio is left out, so a restart never puts a seed over it. A model
 * that breaks the studio's safety rules ({@link ModelSafety}) or does not parse stops
 * start-up with {@link ModelDeploymentFailed}, which names the file and the problem.
 */
@Component
public class ModelDeploymentPlugin extends AbstractProcessEnginePlugin implements BeanFactoryAware {

    public static final String DEPLOYMENT_NAME = "community-journeys-seed";
    static final String[] PATTERNS = {"classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"};

    private static final Logger log = LoggerFactory.getLogger(ModelDeploymentPlugin.class);

    private final ResourcePatternResolver resolver;
    private BeanFactory beans;

    public ModelDeploymentPlugin() {
        this(new PathMatchingResourcePatternResolver());
    }

    ModelDeploymentPlugin(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beans = beanFactory;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        List<SeedModel> models = withoutNewerStudioVersions(processEngine, seedModels());
        refuseUnsafe(models);
        if (models.stream().noneMatch(model -> !model.name().endsWith(".form"))) {
            log.info("Seed models: every seed process and decision has a newer version from the governance studio");
            return;
        }
        DeploymentBuilder builder = processEngine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/ and forms/")
                .enableDuplicateFiltering(false);
        for (SeedModel model : models) {
            builder.addString(model.name(), model.content());
        }
        Deployment deployment;
        try {
            deployment = builder.deployWithResult();
        } catch (RuntimeException e) {
            throw ModelDeploymentFailed.from(e, models.stream().map(SeedModel::name).toList());
        }
        log.info("Seed models ({}): deployment {}", models.size(), deployment.getId());
    }

    /**
     * The seeds are code-reviewed files of the repository, and ModelValidatorTest checks them
     * against every studio rule; still, the rules that need no engine (no scripts, classes or
     * external resources, only allow-listed delegates and expression shapes) run here too, so no
     * path deploys a model that goes round them. Without a bean factory (plain tests) names are
     * not checked against the application's beans, but shapes still are.
     */
    void refuseUnsafe(List<SeedModel> models) {
        ModelSafety safety = new ModelSafety(name -> beans != null && beans.containsBean(name));
        for (SeedModel model : models) {
            if (model.name().endsWith(".form")) {
                continue;
            }
            List<ModelProblem> problems = safety.checkIfReadable(model.name(), model.content().getBytes(StandardCharsets.UTF_8));
            if (!problems.isEmpty()) {
                throw new ModelDeploymentFailed(model.name() + " could not be deployed: " + problems.stream()
                        .map(problem -> (problem.elementId() == null ? "" : problem.elementId() + ": ") + problem.message())
                        .collect(Collectors.joining(" | ")), null);
            }
        }
    }

    /**
     * Leaves out each seed process or decision whose newest deployed version came from somewhere
     * else than the seed deployment (the governance studio), so that a restart never puts a seed
     * over it. A seed form the studio ever deployed is deployed with the studio's newest content
     * instead: the seed processes still find every form in their own deployment, and the newest
     * form stays the one from the studio.
     */
    static List<SeedModel> withoutNewerStudioVersions(ProcessEngine engine, List<SeedModel> models) {
        RepositoryService repository = engine.getRepositoryService();
        Map<String, Deployment> newestHolder = new HashMap<>();
        Map<String, Deployment> newestOtherHolder = new HashMap<>();
        for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
            for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
                newestHolder.putIfAbsent(resource, deployment);
                if (!DEPLOYMENT_NAME.equals(deployment.getName())) {
                    newestOtherHolder.putIfAbsent(resource, deployment);
                }
            }
        }
        List<SeedModel> kept = new ArrayList<>();
        for (SeedModel model : models) {
            Deployment newest = newestHolder.get(model.name());
            Deployment studio = newestOtherHolder.get(model.name());
            if (model.name().endsWith(".form") && studio != null) {
                try (InputStream in = repository.getResourceAsStream(studio.getId(), model.name())) {
                    kept.add(new SeedModel(model.name(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new ModelDeploymentFailed("Could not read " + model.name() + " from deployment " + studio.getId(), e);
                }
            } else if (newest == null || DEPLOYMENT_NAME.equals(newest.getName())) {
                kept.add(model);
            } else {
                log.info("Seed {} not deployed: a newer version came from {} ({})", model.name(), newest.getName(), newest.getId());
            }
        }
        return kept;
    }

    List<SeedModel> seedModels() {
        List<SeedModel> models = new ArrayList<>();
        for (String pattern : PATTERNS) {
            try {
                for (Resource resource : resolver.getResources(pattern)) {
                    String folder = pattern.contains("forms/") ? "forms/" : "processes/";
                    try (InputStream in = resource.getInputStream()) {
                        models.add(new SeedModel(folder + resource.getFilename(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                    }
                }
            } catch (IOException e) {
                throw new ModelDeploymentFailed("Could not read the models (" + pattern + "): " + e.getMessage(), e);
            }
        }
        models.sort(Comparator.comparing(SeedModel::name));
        return models;
    }

    record SeedModel(String name, String content) {
    }
}
