package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/** Approve or decline with a reason: the chair's and the board's decision. */
class GrantDecisionPanel extends Div {

    /**
     * What happens when a button is pressed: approve (true) or decline (false) with the reason;
     * {@code approvedPence} is null unless a different amount is approved, for {@code amountReason}.
     */
    interface Decision {
        void decide(boolean approve, String reason, Long approvedPence, String amountReason);
    }

    final TextArea reason = new TextArea(getTranslation("chest.decision.reason"));
    final Button approve = new Button(getTranslation("chest.decision.approve"));
    final Button decline = new Button(getTranslation("chest.decision.decline"));
    final Checkbox differentAmount = new Checkbox(getTranslation("chest.decision.differentAmount"));
    final BigDecimalField amount = new BigDecimalField(getTranslation("chest.decision.amount"));
    final TextArea amountReason = new TextArea(getTranslation("chest.decision.amountReason"));
    final Div problem;
    private final long appliedPence;

    GrantDecisionPanel(String idPrefix, long appliedPence, long votedPence, Decision decision) {
        this.appliedPence = appliedPence;
        problem = GrantScreens.problemArea(idPrefix + "-problem");
        reason.setId(idPrefix + "-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        approve.setId(idPrefix + "-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decline.setId(idPrefix + "-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        differentAmount.setId(idPrefix + "-different-amount");
        amount.setId(idPrefix + "-amount");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("\u00a3"));
        amount.setValue(java.math.BigDecimal.valueOf(appliedPence, 2));
        amount.setWidth("16rem");
        amountReason.setId(idPrefix + "-amount-reason");
        amountReason.setMaxLength(1000);
        amountReason.setWidthFull();
        Div amountFields = new Div(new Div(amount), amountReason);
        amountFields.setVisible(false);
        differentAmount.addValueChangeListener(change -> amountFields.setVisible(change.getValue()));
        approve.addClickListener(event -> run(decision, true));
        decline.addClickListener(event -> run(decision, false));
        Div buttons = new Div(approve, decline);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(new H2(getTranslation("chest.decision.heading")),
                new Paragraph(getTranslation("chest.decision.explained", Moments.money(votedPence), Moments.money(appliedPence))),
                problem, reason, differentAmount, amountFields, buttons);
    }

    private void run(Decision decision, boolean approving) {
        problem.setVisible(false);
        reason.setInvalid(reason.getValue().isBlank());
        reason.setErrorMessage(getTranslation("chest.decision.reasonMissingShort"));
        if (reason.isInvalid()) {
            GrantScreens.show(problem, getTranslation("chest.decision.reasonMissing"));
            return;
        }
        Long approvedPence = null;
        String why = null;
        if (approving && differentAmount.getValue()) {
            amount.setInvalid(amount.getValue() == null || amount.getValue().signum() <= 0);
            amount.setErrorMessage(getTranslation("chest.decision.amountMissing"));
            amountReason.setInvalid(amountReason.getValue().isBlank());
            amountReason.setErrorMessage(getTranslation("chest.decision.amountReasonMissing"));
            if (amount.isInvalid() || amountReason.isInvalid()) {
                return;
            }
            approvedPence = amount.getValue().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            why = approvedPence == appliedPence ? null : amountReason.getValue();
            approvedPence = approvedPence == appliedPence ? null : approvedPence;
        }
        try {
            decision.decide(approving, reason.getValue(), approvedPence, why);
            Notification.show(getTranslation(approving ? "chest.decision.approved" : "chest.decision.declined"), 4000,
                    Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            GrantScreens.show(problem, Translations.explain(refused));
        }
    }
}
