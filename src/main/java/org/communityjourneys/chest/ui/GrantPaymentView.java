package org.communityjourneys.chest.ui;

import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.chest.service.GrantPayments.PaymentPosition;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.ui.BritishDates;
import org.communityjourneys.shared.ui.Translations;

/**
 * The governance lead's payment screen ("Record payment" task): the grant, the group, what
 * residents voted for, the approved amount, what was paid so far and what is left, and one
 * instalment to record (amount, date paid, bank reference), confirmed before it is written.
 */
@TaskScreen(GrantPayments.SCREEN)
@Route("grants/:grantId/payment")
@RolesAllowed(Role.Names.GOVERNANCE)
public class GrantPaymentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final GrantPayments payments;
    final BigDecimalField amount = new BigDecimalField(getTranslation("chest.payment.amount"));
    final DatePicker paidOn = BritishDates.datePicker(getTranslation("chest.payment.paidOn"));
    final TextField reference = new TextField(getTranslation("chest.payment.reference"));
    final Button record = new Button(getTranslation("chest.payment.record"));
    final Div problem = GrantScreens.problemArea("payment-problem");

    public GrantPaymentView(GrantPayments payments) {
        this.payments = payments;
        addClassNames("page", "grant-payment");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.payment.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UUID grantId = GrantScreens.grantId(event).orElse(null);
        String taskId = GrantScreens.taskId(event);
        PaymentPosition position;
        try {
            position = grantId == null ? null : payments.position(grantId);
        } catch (java.util.NoSuchElementException unknown) {
            position = null;
        }
        if (position == null) {
            add(new H1(getTranslation("chest.payment.title")), new Paragraph(getTranslation("chest.noSuchGrant")));
            return;
        }
        add(new H1(getTranslation("chest.payment.heading", position.title())), facts(position));
        if (!position.instalments().isEmpty()) {
            UnorderedList paid = new UnorderedList();
            paid.setId("payment-instalments");
            position.instalments().forEach(entry -> paid.add(new ListItem(getTranslation("chest.payment.instalment",
                    WHEN.format(entry.getRecordedAt()), Moments.money(entry.getAmountPence()), entry.getReference(),
                    entry.getRecordedBy()))));
            add(new H2(getTranslation("chest.payment.paidSoFar")), paid);
        }
        boolean payable = position.status() == GrantStatus.AGREED || position.status() == GrantStatus.PART_PAID;
        if (!payable || taskId == null) {
            Paragraph status = new Paragraph(!payable
                    ? getTranslation("chest.payment.nothingToPay", Translations.label("chest.status", position.status(),
                            position.status().label()))
                    : getTranslation("chest.payment.openFromTasks"));
            status.setId("payment-status");
            add(status);
            return;
        }
        add(new H2(getTranslation("chest.payment.thisInstalment")), problem, form(position, grantId, taskId));
    }

    private Div facts(PaymentPosition position) {
        Div facts = new Div();
        facts.setId("payment-facts");
        facts.add(fact(getTranslation("chest.payment.group"), position.group() == null || position.group().isBlank()
                        ? getTranslation("chest.payment.groupNotGiven") : position.group()),
                fact(getTranslation("chest.payment.voted"), Moments.money(position.votedPence())),
                fact(getTranslation("chest.payment.approved"), Moments.money(position.approvedPence())),
                fact(getTranslation("chest.payment.paidSoFar"), Moments.money(position.paidPence())),
                fact(getTranslation("chest.payment.left"), Moments.money(position.leftPence())));
        if (position.amountChangeReason() != null) {
            facts.add(fact(getTranslation("chest.payment.whyDifferent"), position.amountChangeReason()));
        }
        return facts;
    }

    private static Div fact(String label, String value) {
        Span strong = new Span(label + ": ");
        strong.getStyle().set("font-weight", "600");
        Div line = new Div(strong, new Span(value));
        line.addClassName("payment-fact");
        return line;
    }

    private Div form(PaymentPosition position, UUID grantId, String taskId) {
        amount.setId("payment-amount");
        amount.setRequiredIndicatorVisible(true);
        amount.setValue(BigDecimal.valueOf(position.leftPence(), 2));
        amount.setHelperText(getTranslation("chest.payment.amountHelper", Moments.money(position.leftPence())));
        paidOn.setId("payment-paid-on");
        paidOn.setRequiredIndicatorVisible(true);
        paidOn.setMax(LocalDate.now(ZoneId.of("Europe/London")));
        paidOn.setPlaceholder(getTranslation("chest.payment.datePlaceholder"));
        reference.setId("payment-reference");
        reference.setRequiredIndicatorVisible(true);
        reference.setMaxLength(40);
        reference.setPattern("[A-Za-z0-9 /-]{3,40}");
        reference.setErrorMessage(getTranslation("chest.payment.referencePattern"));
        record.setId("payment-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> confirm(position, grantId, taskId));
        amount.setWidthFull();
        paidOn.setWidthFull();
        reference.setWidthFull();
        Div form = new Div(amount, paidOn, reference, record);
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("max-width", "28rem")
                .set("gap", "var(--lumo-space-s)");
        return form;
    }

    private void confirm(PaymentPosition position, UUID grantId, String taskId) {
        problem.setVisible(false);
        if (!valid()) {
            return;
        }
        long pence = amount.getValue().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long leftAfter = position.leftPence() - pence;
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("chest.payment.confirmTitle", Moments.money(pence)),
                leftAfter > 0 ? getTranslation("chest.payment.confirmPartPaid", Moments.money(leftAfter))
                        : getTranslation("chest.payment.confirmPaidInFull"),
                getTranslation("chest.payment.confirm"), confirmed -> pay(grantId, taskId, pence));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("chest.cancel"));
        dialog.setId("payment-confirm");
        dialog.open();
    }

    private boolean valid() {
        amount.setInvalid(amount.getValue() == null || amount.getValue().signum() <= 0);
        amount.setErrorMessage(getTranslation("chest.payment.amountMissingOnScreen"));
        paidOn.setInvalid(paidOn.getValue() == null);
        paidOn.setErrorMessage(getTranslation("chest.payment.dateMissingOnScreen"));
        reference.setInvalid(!reference.getValue().strip().matches("[A-Za-z0-9 /-]{3,40}"));
        return List.of(amount.isInvalid(), paidOn.isInvalid(), reference.isInvalid()).stream().noneMatch(Boolean::booleanValue);
    }

    private void pay(UUID grantId, String taskId, long pence) {
        try {
            payments.payOnScreen(grantId, taskId, pence, reference.getValue(), paidOn.getValue());
        } catch (RuntimeException refused) {
            GrantScreens.show(problem, Translations.explain(refused));
            return;
        }
        Notification.show(getTranslation("chest.payment.recorded", Moments.money(pence)), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("tasks"));
    }
}
