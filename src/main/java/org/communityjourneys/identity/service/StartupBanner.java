package org.communityjourneys.identity.service;

import org.communityjourneys.identity.domain.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where it is and, in the demo, how to log in. */
@Component
class StartupBanner {

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String url = "http://localhost:" + web.getWebServer().getPort() + "/";
        StringBuilder text = new StringBuilder()
                .append("\n\n  Community Journeys is running at ").append(url).append('\n')
                .append("  Camunda Cockpit (governance, admin): ").append(url).append("camunda/app/cockpit/\n");
        if (environment.getProperty("communityjourneys.demo.enabled", Boolean.class, false)) {
            text.append("\n  Demo logins (password \"").append(InitialAccounts.DEMO_PASSWORD).append("\" for all):\n");
            InitialAccounts.demoUsers().forEach((username, role) -> text
                    .append(String.format("    %-12s %s%n", username, role == Role.APPLICANT ? "Applicant (and resident)" : role.label())));
        }
        System.out.println(text);
    }
}
