package org.communityjourneys.chest.ui;

import org.communityjourneys.shared.ui.Moments;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.communityjourneys.shared.ui.Translations;

/**
 * The applicant's grant application: group, contact, bank details (masked once entered), budget
 * lines that add up to the amount asked, a safeguarding policy when the work involves children or
 * vulnerable adults, and the five funding principles in plain language. An amount above the
 * fund's band or above what is left is refused on the amount field before anything is sent.
 * Submitting completes the "Complete grant application" task opened from My tasks.
 */
@TaskScreen(GrantApplicationService.SCREEN)
@Route("grants/:grantId/application")
@RolesAllowed({Role.Names.APPLICANT, Role.Names.FACILITATOR})
public class GrantApplicationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantApplicationService applications;
    private final ChestService chest;

    final TextField organisation = new TextField(getTranslation("chest.application.organisation"));
    final TextField contact = new TextField(getTranslation("chest.application.contact"));
    final TextArea summary = new TextArea(getTranslation("chest.application.summary"));
    final BigDecimalField amount = new BigDecimalField(getTranslation("chest.application.amount"));
    final TextField sortCode = new TextField(getTranslation("chest.application.sortCode"));
    final TextField accountNumber = new TextField(getTranslation("chest.application.accountNumber"));
    final Span maskedBank = new Span();
    final Checkbox childrenOrVulnerableAdults = new Checkbox(getTranslation("chest.application.childrenOrVulnerableAdults"));
    final TextArea safeguarding = new TextArea(getTranslation("chest.application.safeguarding"));
    final Checkbox firstTimeGroup = new Checkbox(getTranslation("chest.application.firstTimeGroup"));
    final Map<FundingPrinciple, TextArea> principles = new EnumMap<>(FundingPrinciple.class);
    final List<BudgetRow> budgetRows = new ArrayList<>();
    final VerticalLayout budget = new VerticalLayout();
    final Span budgetTotal = new Span();
    final Button addBudgetLine = new Button(getTranslation("chest.application.addBudgetLine"));
    final Button submit = new Button(getTranslation("chest.application.send"));
    final Div problem = GrantScreens.problemArea("application-problem");
    private UUID grantId;
    private String taskId;

    /** One budget line's inputs. */
    final class BudgetRow extends FlexLayout {
        final TextField description = new TextField(getTranslation("chest.application.budgetDescription"));
        final BigDecimalField cost = new BigDecimalField(getTranslation("chest.application.budgetCost"));
        final Button remove = new Button(getTranslation("chest.application.budgetRemove"));

        BudgetRow(int index) {
            setFlexWrap(FlexWrap.WRAP);
            getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
            description.setId("budget-description-" + index);
            description.setMaxLength(200);
            cost.setId("budget-amount-" + index);
            cost.addValueChangeListener(event -> showBudgetTotal());
            remove.setId("budget-remove-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("chest.application.budgetRemoveLine", String.valueOf(index + 1)));
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
        sortCode.setHelperText(getTranslation("chest.application.sortCodeHelper"));
        sortCode.setMaxLength(8);
        accountNumber.setId("grant-account-number");
        accountNumber.setRequiredIndicatorVisible(true);
        accountNumber.setHelperText(getTranslation("chest.application.accountNumberHelper"));
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
            TextArea answer = new TextArea(ApplicationSummary.principleName(principle));
            answer.setId("principle-" + principle.name());
            answer.setHelperText(Translations.label("chest.principleQuestion", principle, principle.question()));
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
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.application.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        problem.setVisible(false);
        taskId = GrantScreens.taskId(event);
        grantId = GrantScreens.grantId(event).orElse(null);
        Grant grant = GrantScreens.grant(chest, grantId).orElse(null);
        if (grant == null) {
            add(new H1(getTranslation("chest.application.title")), new Paragraph(getTranslation("chest.noSuchGrant")));
            return;
        }
        add(new H1(getTranslation("chest.application.heading", grant.getTitle())));
        if (!applications.mayRead(grantId)) {
            Paragraph refused = new Paragraph(getTranslation("chest.application.notYours"));
            refused.setId("application-status");
            add(refused);
            return;
        }
        Optional<SubmittedApplication> saved = applications.find(grantId);
        if (grant.getStatus() != GrantStatus.OPEN || taskId == null) {
            Paragraph status = new Paragraph(grant.getStatus() == GrantStatus.OPEN
                    ? getTranslation("chest.application.openFromTasks")
                    : getTranslation("chest.application.alreadySent"));
            status.setId("application-status");
            add(status, new ApplicationSummary(grant, saved));
            return;
        }
        Paragraph limit = new Paragraph(getTranslation("chest.application.limit", Moments.money(grant.getVotedPence()),
                Moments.money(applications.mostThatCanBeAsked(grantId)), chest.fund(grant.getFundId()).getName()));
        limit.setId("grant-limit");
        budgetRows.clear();
        budget.removeAll();
        addBudgetRow();
        showBudgetTotal();
        add(limit, problem,
                new H2(getTranslation("chest.application.aboutGroup")), organisation, contact, firstTimeGroup,
                new H2(getTranslation("chest.application.money")), summary, amount,
                new H2(getTranslation("chest.application.budget")), new Paragraph(getTranslation("chest.application.budgetRule")),
                budget, addBudgetLine, budgetTotal,
                new H2(getTranslation("chest.application.bankDetails")), new Paragraph(getTranslation("chest.application.bankMasked")),
                sortCode, accountNumber, maskedBank,
                new H2(getTranslation("chest.application.safeguardingHeading")), childrenOrVulnerableAdults, safeguarding,
                new H2(getTranslation("chest.application.principles")), new Paragraph(getTranslation("chest.application.principlesHow")));
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
        Optional<String> refusal = pence <= 0 ? Optional.empty()
                : applications.amountRefusal(grantId, pence).map(wording -> wording.in(Translations.current()));
        amount.setInvalid(refusal.isPresent());
        amount.setErrorMessage(refusal.orElse(null));
        showBudgetTotal();
    }

    private void showMaskedBank() {
        String sort = sortCode.getValue().replaceAll("[\\s-]", "");
        String account = accountNumber.getValue().replaceAll("[\\s-]", "");
        maskedBank.setText(sort.isEmpty() && account.isEmpty() ? ""
                : getTranslation("chest.application.willShowAs", SubmittedApplication.mask(sort, account)));
    }

    private void showBudgetTotal() {
        long total = budgetRows.stream().mapToLong(row -> pence(row.cost.getValue())).sum();
        long asked = pence(amount.getValue());
        String text;
        if (asked > 0 && total != asked) {
            text = getTranslation(total < asked ? "chest.application.budgetShort" : "chest.application.budgetOver",
                    Moments.money(total), Moments.money(asked), Moments.money(Math.abs(asked - total)));
        } else if (asked > 0) {
            text = getTranslation("chest.application.budgetExact", Moments.money(total));
        } else {
            text = getTranslation("chest.application.budgetTotal", Moments.money(total));
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
            Notification.show(getTranslation("chest.application.sent"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            GrantScreens.show(problem, Translations.explain(refused));
        }
    }

    private void markRequired(ApplicationDraft draft) {
        required(organisation, draft.organisation(), getTranslation("chest.draft.organisationMissing"));
        required(contact, draft.contact(), getTranslation("chest.draft.contactMissing"));
        required(summary, draft.summary(), getTranslation("chest.draft.summaryMissing"));
        sortCode.setInvalid(!draft.sortCodeDigits().matches("\\d{6}"));
        sortCode.setErrorMessage(getTranslation("chest.draft.sortCode"));
        accountNumber.setInvalid(!draft.accountNumberDigits().matches("\\d{8}"));
        accountNumber.setErrorMessage(getTranslation("chest.draft.accountNumber"));
        safeguarding.setInvalid(draft.childrenOrVulnerableAdults() && blank(draft.safeguardingPolicy()));
        safeguarding.setErrorMessage(getTranslation("chest.application.safeguardingMissing"));
        principles.forEach((principle, field) ->
                required(field, field.getValue(), getTranslation("chest.draft.answerMissing", ApplicationSummary.principleName(principle))));
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
