package org.communityjourneys.workflow.service;

import org.communityjourneys.studio.service.ModelDeployments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.studio.domain.ModelFile;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

/**
 * A restart never puts a seed over a version deployed from the governance studio, even when the
 * seed file itself changed; other changed seeds are still deployed.
 */
// changes the engine's models: the next class gets a fresh context and database
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
@ActiveProfiles("test")
class StudioSeedTest {

    static final String JOURNEY = "community-journey";
    static final String FAST_TRACK = "small-grants-fast-track";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    ModelDeployments deployments;

    @Test
    void aSeedNeverReplacesAVersionDeployedFromTheBrowser() {
        String seed = resourceText("processes/community-journey.bpmn");
        String fromBrowser = seed.replaceFirst("name=\"([^\"]*)\"", "name=\"$1 (edited in the studio)\"");
        asLead(() -> deployments.deploy(List.of(ModelFile.of("processes/community-journey.bpmn", fromBrowser)), "Edited in the browser"));
        String paymentForm = resourceText("forms/record-payment.form").replace("Record payment", "Record the payment (studio)");
        asLead(() -> deployments.deploy(List.of(ModelFile.of("forms/record-payment.form", paymentForm)), "Form edited in the browser"));
        ProcessDefinition browserVersion = latest(JOURNEY);

        new ModelDeploymentPlugin().postProcessEngineBuild(engine);
        assertThat(latest(JOURNEY).getId()).as("unchanged seeds, restart").isEqualTo(browserVersion.getId());
        // the seed processes were deployed once more with the studio's form; a further restart changes nothing
        int fastTrackBefore = latest(FAST_TRACK).getVersion();
        new ModelDeploymentPlugin().postProcessEngineBuild(engine);
        assertThat(latest(FAST_TRACK).getVersion()).isEqualTo(fastTrackBefore);
        assertThat(latest(JOURNEY).getId()).isEqualTo(browserVersion.getId());

        // the seed files changed on disk too (a developer edited them): the studio version still wins
        new ModelDeploymentPlugin(changedSeeds()).postProcessEngineBuild(engine);
        assertThat(latest(JOURNEY).getId()).isEqualTo(browserVersion.getId());
        assertThat(latest(JOURNEY).getDeploymentId()).isEqualTo(browserVersion.getDeploymentId());
        ProcessDefinition fastTrack = latest(FAST_TRACK);
        assertThat(fastTrack.getVersion()).as("a changed seed the studio never touched is deployed").isEqualTo(fastTrackBefore + 1);
        assertThat(repository.getDeploymentResourceNames(fastTrack.getDeploymentId()))
                .as("the seed processes still find their forms in their own deployment").contains("forms/record-payment.form")
                .doesNotContain("processes/community-journey.bpmn");
        assertThat(text(fastTrack.getDeploymentId(), "forms/record-payment.form"))
                .as("the form the studio edited is not put back to the seed").isEqualTo(paymentForm);
    }

    private String text(String deploymentId, String resource) {
        try {
            return new String(repository.getResourceAsStream(deploymentId, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private static String resourceText(String name) {
        try {
            return new String(new PathMatchingResourcePatternResolver().getResource("classpath:" + name)
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed folders with every process's name changed, as if the files had been edited. */
    private static ResourcePatternResolver changedSeeds() {
        PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();
        return new ResourcePatternResolver() {
            @Override
            public Resource[] getResources(String pattern) throws IOException {
                Resource[] found = classpath.getResources(pattern);
                if (!pattern.endsWith(".bpmn")) {
                    return found;
                }
                Resource[] changed = new Resource[found.length];
                for (int i = 0; i < found.length; i++) {
                    String text = new String(found[i].getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                            .replaceFirst("name=\"([^\"]*)\"", "name=\"$1 (seed edited)\"");
                    String filename = found[i].getFilename();
                    changed[i] = new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
                        @Override
                        public String getFilename() {
                            return filename;
                        }
                    };
                }
                return changed;
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

    private static <T> T asLead(Supplier<T> action) {
        return SignedIn.as("lead-one", "GOVERNANCE", action);
    }
}
