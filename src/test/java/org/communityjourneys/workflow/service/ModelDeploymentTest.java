package org.communityjourneys.workflow.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

/**
 * The seed models: a model that does not parse stops start-up with one message naming the file
 * and the problem; deploying an unchanged set again creates no new versions.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelDeploymentTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repository;

    @Test
    void aModelWithAnUnknownTargetIsNamedWithItsProblem() {
        ModelDeploymentPlugin plugin = new ModelDeploymentPlugin(modelsIn("model-deployment/unknown-target/"));
        long deploymentsBefore = repository.createDeploymentQuery().count();

        assertThatThrownBy(() -> plugin.postProcessEngineBuild(engine))
                .isInstanceOf(ModelDeploymentFailed.class)
                .hasMessageStartingWith("processes/broken-journey.bpmn could not be deployed: ")
                .hasMessageContaining("missingTask");
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deploymentsBefore);
    }

    @Test
    void aSeedWithAnExpressionReachingIntoTheEngineStopsStartUpBeforeAnythingIsDeployed() {
        ModelDeploymentPlugin plugin = new ModelDeploymentPlugin(modelsIn("model-deployment/unsafe/"));
        long deploymentsBefore = repository.createDeploymentQuery().count();

        assertThatThrownBy(() -> plugin.postProcessEngineBuild(engine))
                .isInstanceOf(ModelDeploymentFailed.class)
                .hasMessageStartingWith("processes/unsafe-journey.bpmn could not be deployed: started: ")
                .hasMessageContaining("${execution.processEngineServices.repositoryService}");
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deploymentsBefore);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("unsafe-journey").count()).isZero();
    }

    @Test
    void aModelThatIsNotWellFormedXmlIsNamedWithItsProblem() {
        ModelDeploymentPlugin plugin = new ModelDeploymentPlugin(modelsIn("model-deployment/not-xml/"));

        assertThatThrownBy(() -> plugin.postProcessEngineBuild(engine))
                .isInstanceOf(ModelDeploymentFailed.class)
                .hasMessageStartingWith("processes/half-written.bpmn could not be deployed: ")
                .hasMessageContaining("bpmn:startEvent");
    }

    @Test
    void startUpShowsOneMessageAndHowToFixIt() {
        ModelDeploymentPlugin plugin = new ModelDeploymentPlugin(modelsIn("model-deployment/unknown-target/"));
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> plugin.postProcessEngineBuild(engine));

        FailureAnalysis analysis = new ModelDeploymentFailureAnalyzer()
                .analyze(new IllegalStateException("Failed to start the process engine", failure));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("processes/broken-journey.bpmn could not be deployed");
        assertThat(analysis.getAction()).contains("Fix the file named above");
    }

    @Test
    void deployingTheUnchangedSeedModelsAgainCreatesNoNewVersions() {
        long definitions = repository.createProcessDefinitionQuery().count();
        long decisions = repository.createDecisionDefinitionQuery().count();
        long deployments = repository.createDeploymentQuery().deploymentName(ModelDeploymentPlugin.DEPLOYMENT_NAME).count();
        assertThat(definitions).as("the seed models were deployed at start-up").isPositive();

        new ModelDeploymentPlugin().postProcessEngineBuild(engine);
        new ModelDeploymentPlugin().postProcessEngineBuild(engine);

        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
        assertThat(repository.createDeploymentQuery().deploymentName(ModelDeploymentPlugin.DEPLOYMENT_NAME).count())
                .isEqualTo(deployments);
    }

    /** Reads processes/ and forms/ from a folder of test resources instead of the seed folders. */
    private static ResourcePatternResolver modelsIn(String folder) {
        PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();
        return new ResourcePatternResolver() {
            @Override
            public Resource[] getResources(String pattern) throws IOException {
                return classpath.getResources(pattern.replace("classpath*:", "classpath*:" + folder));
            }

            @Override
            public Resource getResource(String location) {
                return classpath.getResource(location);
            }

            @Override
            public ClassLoader getClassLoader() {
                return classpath.getClassLoader();
            }
        };
    }
}
