package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.communityjourneys.studio.domain.DeployOutcome;

/** How the studio screens word times, outcomes and problems. */
final class StudioText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private StudioText() {
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    static String outcome(DeployOutcome outcome) {
        String unchanged = outcome.unchanged() == null || outcome.unchanged().isEmpty() ? ""
                : " Unchanged, so not deployed again: " + String.join(", ", outcome.unchanged()) + ".";
        if (outcome.live()) {
            return "Deployed: " + String.join(", ", outcome.versions()) + "." + unchanged;
        }
        return "Sent for approval: a second governance lead approves it before it goes live." + unchanged;
    }

    static void showOutcome(DeployOutcome outcome) {
        Notification notification = Notification.show(outcome(outcome), 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void showProblem(RuntimeException problem) {
        String message = problem.getMessage() == null ? "That did not work." : problem.getMessage();
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
