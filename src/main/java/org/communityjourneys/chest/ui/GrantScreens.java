package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.service.ChestService;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/** What the grant screens share: reading the grant and the task from the address, and showing refusals. */
final class GrantScreens {

    private GrantScreens() {
    }

    static Optional<UUID> grantId(BeforeEnterEvent event) {
        return event.getRouteParameters().get("grantId").flatMap(text -> {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        });
    }

    /** The grant the address names, or empty when the address names no grant that exists. */
    static Optional<Grant> grant(ChestService chest, UUID grantId) {
        if (grantId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(chest.grant(grantId));
        } catch (NoSuchElementException unknown) {
            return Optional.empty();
        }
    }

    static String taskId(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter("task").orElse(null);
    }

    /** A hidden alert area for refusals. */
    static Div problemArea(String id) {
        Div problem = new Div();
        problem.setId(id);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        return problem;
    }

    static void show(Div problem, String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
