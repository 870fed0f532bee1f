package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.studio.domain.DeployOutcome;
import org.communityjourneys.studio.domain.ModelKind;

/** How the studio screens word times, outcomes, kinds of model and problems, in the UI's language. */
final class StudioText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private StudioText() {
    }

    /** "2 Dec 2026 17:00" (UK time), the month named in the UI's language. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.withLocale(Translations.current()).format(instant);
    }

    /** "Process", "Decision" or "Form" in the UI's language. */
    static String kind(ModelKind kind) {
        return Translations.label("studio.kind", kind, kind.label());
    }

    /** A problem, a refusal or any other message worded from the bundles, in the UI's language. */
    static String text(Worded worded) {
        return worded.in(Translations.current());
    }

    static String outcome(DeployOutcome outcome) {
        String unchanged = outcome.unchanged() == null || outcome.unchanged().isEmpty() ? ""
                : " " + Translations.text("studio.outcome.unchanged", String.join(", ", outcome.unchanged()));
        if (outcome.live()) {
            return Translations.text("studio.outcome.deployed", String.join(", ", outcome.versions())) + unchanged;
        }
        return Translations.text("studio.outcome.sentForApproval") + unchanged;
    }

    static void showOutcome(DeployOutcome outcome) {
        Notification notification = Notification.show(outcome(outcome), 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void showProblem(RuntimeException problem) {
        String message = problem.getMessage() == null ? Translations.text("studio.problem.unknown") : Translations.explain(problem);
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
