package org.communityjourneys.chest.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.ApplicationDraft;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.SubmittedApplication;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.domain.Money;

/**
 * The applicant's grant application: group, contact, bank details (masked once entered), budget
 * lines that add up to the amount asked, a safeguarding policy when the work involves children or
 * vulnerable adults, and the five funding principles in plain language. An amount above the
 * fund's band or above what is left is refused on the amount field before anything is sent.
 * Submitting completes the "Complete grant application" task opened from My tasks.
 */
@TaskScreen(GrantApplicationService.SCREEN)
@Route("grants/:grantId/application")
@PageTitle("Grant application | Community Journeys")
@RolesAllowed({Role.Names.APPLICANT, Role.Names.FACILITATOR})
public class GrantApplicationView extends Main implements BeforeEnterObserver {

    private final GrantApplicationService applications;
    private final ChestService chest;

    final TextField organisation = new TextField("Group or organisation");
    final TextField contact = new TextField("Contact (email or phone)");
    final TextArea summary = new TextArea("What the grant is for");
    final BigDecimalField amount = new BigDecimalField("Amount asked (£)");
    final TextField sortCode = new TextField("Sort code");
    final TextField accountNumber = new TextField("Account number");
    final Span maskedBank = new Span();
    final Checkbox childrenOrVulnerableAdults = new Checkbox("The work involves children or vulnerable adults");
    final TextArea safeguarding = new TextArea("Safeguarding policy (describe it or give its link)");
    final Checkbox firstTimeGroup = new Checkbox("This is the first grant our group has received");
    final Map<FundingPrinciple, TextArea> principles = new EnumMap<>(FundingPrinciple.class);
    final List<BudgetRow> budgetRows = new ArrayList<>();
    final VerticalLayout budget = new VerticalLayout();
    final Span budgetTotal = new Span();
    final Button addBudgetLine = new Button("Add a budget line");
    final Button submit = new Button("Send the application");
    final Div problem = GrantScreens.problemArea("application-problem");
    private UUID grantId;
    private String taskId;

    /** One budget line's inputs. */
    final class BudgetRow extends FlexLayout {
        final TextField description = new TextField("What it buys");
        final BigDecimalField cost = new BigDecimalField("Cost (£)");
        final Button remove = new Button("Remove");

        BudgetRow(int index) {
            setFlexWrap(FlexWrap.WRAP);
            getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
            description.setId("budget-description-" + index);
            description.setMaxLength(200);
            cost.setId("budget-amount-" + index);
            cost.addValueChangeListener(event -> showBudgetTotal());
            remove.setId("budget-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", "Remove budget line " + (index + 1));
            remove.addClickListener(event -> {
                budgetRows.remove(this);
                budget.remove(this);
                showBudgetTotal();
            });
            add(description, cost, remove);
        }
    }

    public GrantApplicationView(GrantApplicationService applications, ChestService chest) {
        this.applications = applications;
        this.chest = chest;
        addClassNames("page", "grant-application");
        organisation.setId("grant-organisation");
        organisation.setRequiredIndicatorVisible(true);
        organisation.setMaxLength(200);
        contact.setId("grant-contact");
        contact.setRequiredIndicatorVisible(true);
        contact.setMaxLength(254);
        summary.setId("grant-summary");
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(2000);
        summary.setWidthFull();
        amount.setId("grant-amount");
        amount.setRequiredIndicatorVisible(true);
        amount.addValueChangeListener(event -> checkAmount());
        sortCode.setId("grant-sort-code");
        sortCode.setRequiredIndicatorVisible(true);
        sortCode.setHelperText("6 digits, like 12-34-56");
        sortCode.setMaxLength(8);
        accountNumber.setId("grant-account-number");
        accountNumber.setRequiredIndicatorVisible(true);
        accountNumber.setHelperText("8 digits");
        accountNumber.setMaxLength(8);
        maskedBank.setId("grant-bank-masked");
        sortCode.addValueChangeListener(event -> showMaskedBank());
        accountNumber.addValueChangeListener(event -> showMaskedBank());
        childrenOrVulnerableAdults.setId("grant-children");
        childrenOrVulnerableAdults.addValueChangeListener(event -> safeguarding.setVisible(event.getValue()));
        safeguarding.setId("grant-safeguarding");
        safeguarding.setRequiredIndicatorVisible(true);
        safeguarding.setMaxLength(4000);
        safeguarding.setWidthFull();
        safeguarding.setVisible(false);
        firstTimeGroup.setId("grant-first-time");
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            TextArea answer = new TextArea(principle.label());
            answer.setId("principle-" + principle.name());
            answer.setHelperText(principle.question());
            answer.setRequiredIndicatorVisible(true);
            answer.setMaxLength(2000);
            answer.setWidthFull();
            principles.put(principle, answer);
        }
        budget.setId("grant-budget");
        budget.setPadding(false);
        budgetTotal.setId("grant-budget-total");
        budgetTotal.getElement().setAttribute("aria-live", "polite");
        addBudgetLine.setId("add-budget-line");
        addBudgetLine.addClickListener(event -> addBudgetRow());
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(event -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        problem.setVisible(false);
        taskId = GrantScreens.taskId(event);
        grantId = GrantScreens.grantId(event).orElse(null);
        Grant grant = GrantScreens.grant(chest, grantId).orElse(null);
        if (grant == null) {
            add(new H1("Grant application"), new Paragraph("There is no such grant."));
            return;
        }
        add(new H1("Grant application: " + grant.getTitle()));
        if (!applications.mayRead(grantId)) {
            Paragraph refused = new Paragraph("This grant is held by someone else: only its holder, or a facilitator for them,"
                    + " can see or send its application.");
            refused.setId("application-status");
            add(refused);
            return;
        }
        Optional<SubmittedApplication> saved = applications.find(grantId);
        if (grant.getStatus() != GrantStatus.OPEN || taskId == null) {
            Paragraph status = new Paragraph(grant.getStatus() == GrantStatus.OPEN
                    ? "Open this page from My tasks to fill in the application."
                    : "This application has been sent. Bank details are shown masked.");
            status.setId("application-status");
            add(status, new ApplicationSummary(grant, saved));
            return;
        }
        Paragraph limit = new Paragraph("Residents voted for " + Money.format(grant.getVotedPence()) + ". You can ask for up to "
                + Money.format(applications.mostThatCanBeAsked(grantId)) + " from " + chest.fund(grant.getFundId()).getName()
                + ". Fields marked with a dot are required.");
        limit.setId("grant-limit");
        budgetRows.clear();
        budget.removeAll();
        addBudgetRow();
        showBudgetTotal();
        add(limit, problem,
                new H2("About your group"), organisation, contact, firstTimeGroup,
                new H2("The money"), summary, amount,
                new H2("Budget"), new Paragraph("The budget lines must add up to the amount asked."), budget, addBudgetLine,
                budgetTotal,
                new H2("Bank details"), new Paragraph("Once entered, only the last digits are ever shown."), sortCode,
                accountNumber, maskedBank,
                new H2("Safeguarding"), childrenOrVulnerableAdults, safeguarding,
                new H2("The five funding principles"), new Paragraph("Answer each in plain language: a few sentences is enough."));
        principles.values().forEach(this::add);
        add(submit);
    }

    void addBudgetRow() {
        BudgetRow row = new BudgetRow(budgetRows.size());
        budgetRows.add(row);
        budget.add(row);
    }

    private void checkAmount() {
        if (grantId == null) {
            return;
        }
        long pence = pence(amount.getValue());
        Optional<String> refusal = pence <= 0 ? Optional.empty() : applications.amountProblem(grantId, pence);
        amount.setInvalid(refusal.isPresent());
        amount.setErrorMessage(refusal.orElse(null));
        showBudgetTotal();
    }

    private void showMaskedBank() {
        String sort = sortCode.getValue().replaceAll("[\\s-]", "");
        String account = accountNumber.getValue().replaceAll("[\\s-]", "");
        maskedBank.setText(sort.isEmpty() && account.isEmpty() ? ""
                : "Will be shown as " + SubmittedApplication.mask(sort, account));
    }

    private void showBudgetTotal() {
        long total = budgetRows.stream().mapToLong(row -> pence(row.cost.getValue())).sum();
        long asked = pence(amount.getValue());
        String text = "Budget lines add up to " + Money.format(total);
        if (asked > 0 && total != asked) {
            text += " of " + Money.format(asked) + " asked: " + Money.format(Math.abs(asked - total))
                    + (total < asked ? " short." : " too much.");
        } else if (asked > 0) {
            text += ", the amount asked.";
        }
        budgetTotal.setText(text);
    }

    ApplicationDraft draft() {
        List<ApplicationDraft.BudgetLineDraft> lines = budgetRows.stream()
                .filter(row -> !row.description.getValue().isBlank() || row.cost.getValue() != null)
                .map(row -> new ApplicationDraft.BudgetLineDraft(row.description.getValue(), pence(row.cost.getValue())))
                .toList();
        Map<FundingPrinciple, String> answers = new EnumMap<>(FundingPrinciple.class);
        principles.forEach((principle, field) -> answers.put(principle, field.getValue()));
        return new ApplicationDraft(organisation.getValue(), contact.getValue(), pence(amount.getValue()),
                summary.getValue(), sortCode.getValue(), accountNumber.getValue(), lines,
                childrenOrVulnerableAdults.getValue(), safeguarding.getValue(), firstTimeGroup.getValue(), answers);
    }

    void submit() {
        problem.setVisible(false);
        checkAmount();
        if (amount.isInvalid()) {
            GrantScreens.show(problem, amount.getErrorMessage());
            amount.focus();
            return;
        }
        ApplicationDraft draft = draft();
        markRequired(draft);
        try {
            applications.submit(grantId, taskId, draft);
            Notification.show("Application sent. We will tell you the decision.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            GrantScreens.show(problem, refused.getMessage());
        }
    }

    private void markRequired(ApplicationDraft draft) {
        required(organisation, draft.organisation(), "Name the group or organisation.");
        required(contact, draft.contact(), "Give a contact.");
        required(summary, draft.summary(), "Say in a sentence or two what the grant is for.");
        sortCode.setInvalid(!draft.sortCodeDigits().matches("\\d{6}"));
        sortCode.setErrorMessage("The sort code must be 6 digits, like 12-34-56.");
        accountNumber.setInvalid(!draft.accountNumberDigits().matches("\\d{8}"));
        accountNumber.setErrorMessage("The account number must be 8 digits.");
        safeguarding.setInvalid(draft.childrenOrVulnerableAdults() && blank(draft.safeguardingPolicy()));
        safeguarding.setErrorMessage("Work with children or vulnerable adults needs a safeguarding policy.");
        principles.forEach((principle, field) ->
                required(field, field.getValue(), "Answer \u201c" + principle.label() + "\u201d."));
    }

    private static void required(com.vaadin.flow.component.HasValidation field, String value, String message) {
        field.setInvalid(blank(value));
        field.setErrorMessage(message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static long pence(BigDecimal pounds) {
        if (pounds == null) {
            return 0;
        }
        try {
            return Money.penceOf(pounds);
        } catch (ArithmeticException tooPrecise) {
            return 0;
        }
    }
}
