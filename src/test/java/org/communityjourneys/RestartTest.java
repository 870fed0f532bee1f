package org.communityjourneys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops and starts the whole application on one data directory, as a laptop user would: journeys,
 * their tasks and users survive, and unchanged models create no new process-definition versions.
 */
class RestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommunityJourneysApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--communityjourneys.embedded-db.throw-away=false",
                        "--communityjourneys.embedded-db.directory=" + data.resolve("pg"),
                        "--communityjourneys.embedded-db.durable=true");
    }

    @Test
    void aRestartKeepsJourneysTasksAndUsersAndRedeploysNothing() {
        UUID journeyId;
        long definitions;
        long tasks;
        try (ConfigurableApplicationContext first = start()) {
            journeyId = Journeys.launch(first.getBean(JourneyService.class), 300_000).getId();
            definitions = first.getBean(RepositoryService.class).createProcessDefinitionQuery().count();
            tasks = first.getBean(TaskService.class).createTaskQuery().count()
                    + first.getBean(org.camunda.bpm.engine.ManagementService.class).createJobQuery().count();
            assertThat(definitions).isPositive();
        }
        assertThat(Files.exists(data.resolve("pg").resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(JourneyService.class).find(journeyId)).isPresent();
            assertThat(second.getBean(RepositoryService.class).createProcessDefinitionQuery().count()).isEqualTo(definitions);
            assertThat(second.getBean(RepositoryService.class).createProcessDefinitionQuery().latestVersion().list())
                    .allSatisfy(definition -> assertThat(definition.getVersion()).isEqualTo(1));
            assertThat(second.getBean(TaskService.class).createTaskQuery().count()
                    + second.getBean(org.camunda.bpm.engine.ManagementService.class).createJobQuery().count()).isEqualTo(tasks);
            assertThat(second.getBean(AccountService.class).find("facilitator")).isPresent();
        }
    }
}
