package org.communityjourneys.shared.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before anything starts, what the configuration may not leave to chance (docs/security.md,
 * "Safe defaults").
 *
 * <ul>
 * <li>Demo accounts (password "journeys") and demo data only on the embedded database, or when the
 * {@code demo} profile is asked for explicitly ({@code spring.profiles.active}). The demo profile is
 * also the default one, so an external {@code spring.datasource.url} without a profile would
 * otherwise get the demo accounts: then demo seeding is switched off here.</li>
 * <li>The {@code production} profile refuses to start without an external database, an API-token
 * secret (tokens made by one node must work on the others), a pseudonym secret, a ballot sealing
 * secret and an administrator password, all named in one message.</li>
 * </ul>
 */
public class SafeDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "communityjourneys-safe-defaults";

    @Override
    public int getOrder() {
        // after application.properties and the profiles' files have been read
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> active = Arrays.asList(environment.getActiveProfiles());
        boolean external = present(environment, "spring.datasource.url");
        if (active.contains("production")) {
            List<String> missing = new ArrayList<>();
            if (!external) {
                missing.add("SPRING_DATASOURCE_URL (production runs on an external PostgreSQL, never the embedded one)");
            }
            if (!present(environment, "communityjourneys.api-token.secret")) {
                missing.add("CJ_API_TOKEN_SECRET (communityjourneys.api-token.secret, at least 32 characters, the same "
                        + "on every node)");
            }
            if (!present(environment, "communityjourneys.pseudonym.secret")) {
                missing.add("CJ_PSEUDONYM_SECRET (communityjourneys.pseudonym.secret, at least 32 characters)");
            }
            if (!present(environment, "communityjourneys.ballot.sealing-secret")) {
                missing.add("CJ_BALLOT_SEALING_SECRET (communityjourneys.ballot.sealing-secret, at least 32 characters)");
            }
            if (!present(environment, "communityjourneys.admin.password")) {
                missing.add("CJ_ADMIN_PASSWORD (at least 12 characters)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The production profile cannot start: set " + String.join("; set ", missing) + ".");
            }
        }
        if (external && !active.contains("demo")) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
                    "communityjourneys.demo.enabled", "false",
                    "communityjourneys.demo.journey", "false")));
        }
    }

    private static boolean present(ConfigurableEnvironment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
