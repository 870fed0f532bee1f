package org.communityjourneys.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communityjourneys.CommunityJourneysApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Production never starts with a default or missing administrator password, without an external
 * database or without its secrets; an external database without an explicit profile gets no
 * account with a known password.
 */
class ProductionStartTest {

    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";

    /** The arguments every attempt shares: cheap to start, no production frontend bundle in a test build. */
    private static String[] arguments(String... more) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--communityjourneys.embedded-db.throw-away=true",
                "--communityjourneys.embedded-db.durable=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--vaadin.productionMode=false"));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    private static SpringApplicationBuilder production() {
        return new SpringApplicationBuilder(CommunityJourneysApplication.class).profiles("production");
    }

    @Test
    void productionRefusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> production().run(arguments("--communityjourneys.admin.password=")))
                .hasStackTraceContaining("set CJ_ADMIN_PASSWORD");
    }

    @Test
    void productionRefusesToStartOnTheEmbeddedDatabase() {
        assertThatThrownBy(() -> production().run(arguments(
                "--communityjourneys.admin.password=a long administrator password",
                "--communityjourneys.api-token.secret=" + SECRET,
                "--communityjourneys.pseudonym.secret=" + SECRET,
                "--communityjourneys.ballot.sealing-secret=" + SECRET)))
                .hasStackTraceContaining("The production profile cannot start: set SPRING_DATASOURCE_URL")
                .satisfies(refused -> assertThat(rootMessage(refused)).doesNotContain("CJ_API_TOKEN_SECRET", "CJ_ADMIN_PASSWORD"));
    }

    @Test
    void productionRefusesToStartWithoutAnApiTokenSecret() {
        assertThatThrownBy(() -> production().run(arguments(
                "--spring.datasource.url=jdbc:postgresql://localhost:1/nowhere",
                "--communityjourneys.admin.password=a long administrator password",
                "--communityjourneys.pseudonym.secret=" + SECRET,
                "--communityjourneys.ballot.sealing-secret=" + SECRET)))
                .hasStackTraceContaining("The production profile cannot start: set CJ_API_TOKEN_SECRET")
                .satisfies(refused -> assertThat(rootMessage(refused)).doesNotContain("SPRING_DATASOURCE_URL"));
    }

    @Test
    void anExternalDatabaseWithoutAnExplicitProfileGetsNoDemoAccounts() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setCleanDataDirectory(true).start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommunityJourneysApplication.class)
                    .run(arguments("--spring.datasource.url=" + url,
                            "--communityjourneys.pseudonym.secret=" + SECRET,
                            "--communityjourneys.ballot.sealing-secret=" + SECRET))) {
                JdbcTemplate jdbc = new JdbcTemplate(external.getPostgresDatabase());
                assertThat(app.getEnvironment().getActiveProfiles()).isEmpty();
                assertThat(app.getEnvironment().getDefaultProfiles()).containsExactly("demo");
                assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isZero();
                assertThat(jdbc.queryForObject("select count(*) from fund", Long.class)).isZero();
                assertThat(jdbc.queryForObject("select count(*) from journey", Long.class)).isZero();
                // the database itself is in use: the schema is there
                assertThat(jdbc.queryForObject("select count(*) from cj_schema_history where success", Long.class)).isPositive();
            }
        }
    }

    private static String rootMessage(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
