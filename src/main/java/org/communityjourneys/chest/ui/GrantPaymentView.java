package org.communityjourneys.chest.ui;

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
import com.vaadin.flow.router.PageTitle;
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
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.ui.BritishDates;

/**
 * The governance lead's payment screen ("Record payment" task): the grant, the group, what
 * residents voted for, the approved amount, what was paid so far and what is left, and one
 * instalment to record (amount, date paid, bank reference), confirmed before it is written.
 */
@TaskScreen(GrantPayments.SCREEN)
@Route("grants/:grantId/payment")
@PageTitle("Record payment | Community Journeys")
@RolesAllowed(Role.Names.GOVERNANCE)
public class GrantPaymentView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final GrantPayments payments;
    final BigDecimalField amount = new BigDecimalField("Amount of this instalment (\u00a3)");
    final DatePicker paidOn = BritishDates.datePicker("Date paid");
    final TextField reference = new TextField("Payment reference from the bank");
    final Button record = new Button("Record this payment");
    final Div problem = GrantScreens.problemArea("payment-problem");

    public GrantPaymentView(GrantPayments payments) {
        this.payments = payments;
        addClassNames("page", "grant-payment");
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
            add(new H1("Record payment"), new Paragraph("There is no such grant."));
            return;
        }
        add(new H1("Record payment: " + position.title()), facts(position));
        if (!position.instalments().isEmpty()) {
            UnorderedList paid = new UnorderedList();
            paid.setId("payment-instalments");
            position.instalments().forEach(entry -> paid.add(new ListItem(WHEN.format(entry.getRecordedAt()) + ": "
                    + Money.format(entry.getAmountPence()) + " \u2014 " + entry.getReference() + " (recorded by "
                    + entry.getRecordedBy() + ")")));
            add(new H2("Paid so far"), paid);
        }
        boolean payable = position.status() == GrantStatus.AGREED || position.status() == GrantStatus.PART_PAID;
        if (!payable || taskId == null) {
            Paragraph status = new Paragraph(!payable ? "Nothing to pay: the grant is " + position.status().label() + "."
                    : "Open this page from My tasks to record a payment.");
            status.setId("payment-status");
            add(status);
            return;
        }
        add(new H2("This instalment"), problem, form(position, grantId, taskId));
    }

    private Div facts(PaymentPosition position) {
        Div facts = new Div();
        facts.setId("payment-facts");
        facts.add(fact("Group", position.group() == null || position.group().isBlank() ? "(not given)" : position.group()),
                fact("Residents voted for", Money.format(position.votedPence())),
                fact("Approved", Money.format(position.approvedPence())),
                fact("Paid so far", Money.format(position.paidPence())),
                fact("Left to pay", Money.format(position.leftPence())));
        if (position.amountChangeReason() != null) {
            facts.add(fact("Why the approved amount differs", position.amountChangeReason()));
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
        amount.setHelperText("Up to " + Money.format(position.leftPence()) + "; pay the rest later in further instalments.");
        paidOn.setId("payment-paid-on");
        paidOn.setRequiredIndicatorVisible(true);
        paidOn.setMax(LocalDate.now(ZoneId.of("Europe/London")));
        paidOn.setPlaceholder("dd/mm/yyyy");
        reference.setId("payment-reference");
        reference.setRequiredIndicatorVisible(true);
        reference.setMaxLength(40);
        reference.setPattern("[A-Za-z0-9 /-]{3,40}");
        reference.setErrorMessage("3 to 40 letters, digits, spaces, / or -.");
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
        ConfirmDialog dialog = new ConfirmDialog("Record " + Money.format(pence) + "?",
                "This writes the payment to the chest ledger and cannot be undone. " + (leftAfter > 0
                        ? Money.format(leftAfter) + " will be left to pay; the grant stays part paid."
                        : "The grant will be paid in full."),
                "Record the payment", confirmed -> pay(grantId, taskId, pence));
        dialog.setCancelable(true);
        dialog.setId("payment-confirm");
        dialog.open();
    }

    private boolean valid() {
        amount.setInvalid(amount.getValue() == null || amount.getValue().signum() <= 0);
        amount.setErrorMessage("Give the amount paid, in pounds.");
        paidOn.setInvalid(paidOn.getValue() == null);
        paidOn.setErrorMessage("Give the date paid, as dd/mm/yyyy.");
        reference.setInvalid(!reference.getValue().strip().matches("[A-Za-z0-9 /-]{3,40}"));
        return List.of(amount.isInvalid(), paidOn.isInvalid(), reference.isInvalid()).stream().noneMatch(Boolean::booleanValue);
    }

    private void pay(UUID grantId, String taskId, long pence) {
        try {
            payments.payOnScreen(grantId, taskId, pence, reference.getValue(), paidOn.getValue());
        } catch (RuntimeException refused) {
            GrantScreens.show(problem, refused.getMessage());
            return;
        }
        Notification.show("Payment of " + Money.format(pence) + " recorded.", 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("tasks"));
    }
}
