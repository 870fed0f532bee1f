package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/** Approve or decline with a reason: the chair's and the board's decision. */
class GrantDecisionPanel extends Div {

    /** What happens when a button is pressed: approve (true) or decline (false) with the reason. */
    interface Decision {
        void decide(boolean approve, String reason);
    }

    final TextArea reason = new TextArea("Reason for the decision (the applicant will see it)");
    final Button approve = new Button("Approve the grant");
    final Button decline = new Button("Decline the grant");
    final Div problem;

    GrantDecisionPanel(String idPrefix, Decision decision) {
        problem = GrantScreens.problemArea(idPrefix + "-problem");
        reason.setId(idPrefix + "-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        approve.setId(idPrefix + "-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decline.setId(idPrefix + "-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(event -> run(decision, true));
        decline.addClickListener(event -> run(decision, false));
        Div buttons = new Div(approve, decline);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(new H2("Your decision"),
                new Paragraph("Approving commits the money; it is refused if the fund no longer has enough."),
                problem, reason, buttons);
    }

    private void run(Decision decision, boolean approving) {
        problem.setVisible(false);
        reason.setInvalid(reason.getValue().isBlank());
        reason.setErrorMessage("Give a reason for the decision.");
        if (reason.isInvalid()) {
            GrantScreens.show(problem, "Give a reason for the decision: the applicant will see it.");
            return;
        }
        try {
            decision.decide(approving, reason.getValue());
            Notification.show(approving ? "Grant approved." : "Grant declined.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            GrantScreens.show(problem, refused.getMessage());
        }
    }
}
