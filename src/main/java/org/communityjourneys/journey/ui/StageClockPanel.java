package org.communityjourneys.journey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.Supplier;
import org.communityjourneys.journey.service.JourneyPagePart.ClockMove;
import org.communityjourneys.shared.ui.Translations;

/**
 * The facilitator's stage clocks on the journey page: the moves the stages offer now (open the
 * vote now, close it now, ask a paid grant's group for its learning report now). Each asks for
 * confirmation first, because none can be undone; the services check the role and the journey's
 * state again.
 */
class StageClockPanel extends Section {

    private final Div problem = new Div();
    private final Runnable refresh;

    StageClockPanel(List<ClockMove> moves, Runnable refresh) {
        this.refresh = refresh;
        setId("stage-clocks");
        addClassName("journey-section");
        problem.setId("stage-clock-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        add(new H2(getTranslation("launch.clocks.heading")), new Paragraph(getTranslation("launch.clocks.intro")), problem);
        for (ClockMove move : moves) {
            add(button(move.id(), move.label(), move.question(), move.consequence(), move.move()));
        }
    }

    private Div button(String id, String label, String question, String consequence, Supplier<String> act) {
        Button button = new Button(label);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(question, consequence, label, confirmed -> run(act));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("app.cancel"));
            confirm.setId(id + "-confirm");
            confirm.open();
        });
        return new Div(button);
    }

    private void run(Supplier<String> act) {
        problem.setVisible(false);
        try {
            String done = act.get();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh.run();
        } catch (RuntimeException refused) {
            problem.setText(Translations.explain(refused));
            problem.setVisible(true);
        }
    }
}
