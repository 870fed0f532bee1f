package org.communityjourneys.identity.service;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communityjourneys.identity.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The accounts a fresh installation needs. In the demo profile: one demo user per role, printed
 * at start-up. In production: an administrator whose password must come from the environment
 * ({@code CJ_ADMIN_PASSWORD}); without it the product refuses to start.
 */
@Component
@Order(0)
public class InitialAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
    /** Demo ward for demo residents: Leominster East. */
    public static final String DEMO_WARD = "E05009468";
    public static final String DEMO_PASSWORD = "journeys";

    private final AccountService accounts;
    private final Environment environment;
    private final String adminUsername;
    private final String adminPassword;

    InitialAccounts(AccountService accounts, Environment environment,
            @Value("${communityjourneys.admin.username:admin}") String adminUsername,
            @Value("${communityjourneys.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.environment = environment;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        if (isProduction() && adminPassword.isBlank()) {
            throw new IllegalStateException("The production profile needs an administrator password: "
                    + "set CJ_ADMIN_PASSWORD (at least 12 characters) in the environment.");
        }
        if (isProduction() && adminPassword.length() < 12) {
            throw new IllegalStateException("CJ_ADMIN_PASSWORD is too short: use at least 12 characters.");
        }
    }

    private boolean isProduction() {
        return environment.acceptsProfiles(Profiles.of("production"));
    }

    public static Map<String, Role> demoUsers() {
        Map<String, Role> users = new LinkedHashMap<>();
        users.put("resident", Role.RESIDENT);
        users.put("applicant", Role.APPLICANT);
        users.put("facilitator", Role.FACILITATOR);
        // paper ballot entries are checked by a facilitator who did not enter them (four eyes)
        users.put("facilitator2", Role.FACILITATOR);
        users.put("panel", Role.PANEL);
        users.put("panel2", Role.PANEL);
        // the chair of a panel decision is a third member: neither of the grant's two scorers
        users.put("chair", Role.PANEL);
        users.put("governance", Role.GOVERNANCE);
        users.put("admin", Role.ADMIN);
        return users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (isProduction()) {
            accounts.ensureAccount(adminUsername, "Administrator", adminPassword, EnumSet.of(Role.ADMIN), null, false);
            return;
        }
        if (!environment.getProperty("communityjourneys.demo.enabled", Boolean.class, false)) {
            return;
        }
        demoUsers().forEach((username, role) -> {
            EnumSet<Role> roles = EnumSet.of(role);
            if (role == Role.APPLICANT) {
                roles.add(Role.RESIDENT);
            }
            boolean resident = roles.contains(Role.RESIDENT);
            String name = "Demo " + role.label().toLowerCase(java.util.Locale.ROOT) + (username.endsWith("2") ? " (second)" : "");
            accounts.ensureAccount(username, name, DEMO_PASSWORD,
                    roles, resident ? DEMO_WARD : null, resident);
        });
    }
}
