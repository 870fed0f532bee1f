package org.communityjourneys.tasks.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.communityjourneys.forms.ui.RenderedForm;
import org.communityjourneys.shared.ui.Translations;

/**
 * A rendered task form with its Complete button. Nothing is completed while any field is invalid;
 * when completing fails (a rule of the service or the process refuses), the message is shown and
 * the form stays as it was, so the user can correct it.
 */
public class TaskFormPanel extends Composite<VerticalLayout> {

    private final RenderedForm form;
    private final Consumer<Map<String, Object>> completion;
    private final Paragraph problem = new Paragraph();
    private final Button complete = new Button(Translations.text("tasks.form.complete"));
    private Runnable afterCompletion = () -> { };

    public TaskFormPanel(RenderedForm form, Consumer<Map<String, Object>> completion) {
        this.form = form;
        this.completion = completion;
        problem.addClassName("form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        problem.setId("task-problem");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete-task");
        complete.addClickListener(click -> submit());
        complete.setDisableOnClick(true);
        getContent().setPadding(false);
        getContent().add(form, problem, complete);
    }

    /** What to do once the task is completed, e.g. go back to the task list. */
    public TaskFormPanel afterCompletion(Runnable next) {
        this.afterCompletion = next;
        return this;
    }

    public RenderedForm form() {
        return form;
    }

    void submit() {
        try {
            var values = form.submission();
            if (values.isEmpty()) {
                show(Translations.text("tasks.form.needsAttention"));
                return;
            }
            completion.accept(values.get());
            problem.setVisible(false);
        } catch (RuntimeException refused) {
            String why = Translations.explain(refused);
            show(why == null || why.isBlank() ? Translations.text("tasks.form.notCompleted") : why);
            return;
        } finally {
            complete.setEnabled(true);
        }
        complete.setEnabled(false);
        afterCompletion.run();
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
