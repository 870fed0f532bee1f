package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.FundPlan;
import org.communityjourneys.chest.domain.FunderKind;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.chest.service.FundService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.domain.WardRepository;
import org.communityjourneys.shared.ui.BritishDates;

/** The governance lead records funders, their funds with restrictions, and contributions. */
@Route("chest/funds")
@PageTitle("Funds | Community Journeys")
@Menu(title = "Funds", order = 61, icon = "vaadin:piggy-bank-coin")
@RolesAllowed({Role.Names.GOVERNANCE, Role.Names.ADMIN})
public class FundsView extends Main {

    /** One row of the funds table: the fund and its balance. */
    record FundRow(Fund fund, FundBalance balance) {
    }

    private final FundService funds;
    private final Grid<FundRow> grid = new Grid<>();

    final TextField name = new TextField("Fund name");
    final TextField funder = new TextField("Funder");
    final ComboBox<FunderKind> funderKind = new ComboBox<>("Kind of funder");
    final DatePicker deadline = BritishDates.datePicker("Distribute by");
    final BigDecimalField maxGrant = new BigDecimalField("Largest grant (£)");
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>("Themes (none chosen: any theme)");
    final MultiSelectComboBox<Ward> wards = new MultiSelectComboBox<>("Wards (none chosen: any ward)");
    final CheckboxGroup<GrantBand> bands = new CheckboxGroup<>("Grant bands allowed");
    final Paragraph fundProblems = new Paragraph();

    final ComboBox<Fund> contributionFund = new ComboBox<>("Fund");
    final BigDecimalField contributionAmount = new BigDecimalField("Amount (£)");
    final TextField contributionReference = new TextField("Where the money came from");
    final Paragraph contributionProblems = new Paragraph();

    public FundsView(FundService funds, WardRepository wardRepository) {
        this.funds = funds;
        addClassName("page");

        grid.setId("funds-grid");
        grid.addColumn(row -> row.fund().getName()).setHeader("Fund").setFlexGrow(2);
        grid.addColumn(row -> row.fund().getFunder()).setHeader("Funder").setAutoWidth(true);
        grid.addColumn(row -> kindLabel(row.fund().getFunderKind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(row -> java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK).format(row.fund().getDistributionDeadline())).setHeader("Distribute by").setAutoWidth(true);
        grid.addColumn(row -> restrictions(row.fund())).setHeader("Restrictions").setFlexGrow(2);
        grid.addColumn(row -> Money.format(row.balance().contributed())).setHeader("Contributed").setAutoWidth(true);
        grid.addColumn(row -> Money.format(row.balance().reserved())).setHeader("Reserved").setAutoWidth(true);
        grid.addColumn(row -> Money.format(row.balance().paid())).setHeader("Paid").setAutoWidth(true);
        grid.addColumn(row -> Money.format(row.balance().available())).setHeader("Available").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        name.setId("fund-name");
        name.setRequired(true);
        name.setMaxLength(120);
        funder.setId("fund-funder");
        funder.setRequired(true);
        funder.setMaxLength(120);
        funderKind.setId("fund-funder-kind");
        funderKind.setItems(FunderKind.values());
        funderKind.setItemLabelGenerator(FunderKind::label);
        funderKind.setRequired(true);
        deadline.setId("fund-deadline");
        deadline.setRequired(true);
        maxGrant.setId("fund-max-grant");
        themes.setId("fund-themes");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(Theme::label);
        wards.setId("fund-wards");
        wards.setItems(wardRepository.findAllByOrderByNameAsc());
        wards.setItemLabelGenerator(Ward::getName);
        bands.setId("fund-bands");
        bands.setItems(GrantBand.values());
        bands.setItemLabelGenerator(GrantBand::label);
        fundProblems.setId("fund-problems");
        fundProblems.getElement().setAttribute("role", "alert");
        fundProblems.addClassName("problems");
        Button create = new Button("Create fund", click -> createFund());
        create.setId("create-fund");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fundForm = new FormLayout(name, funder, funderKind, deadline, maxGrant, themes, wards, bands);

        contributionFund.setId("contribution-fund");
        contributionFund.setItemLabelGenerator(Fund::getName);
        contributionFund.setRequired(true);
        contributionAmount.setId("contribution-amount");
        contributionReference.setId("contribution-reference");
        contributionReference.setMaxLength(200);
        contributionProblems.setId("contribution-problems");
        contributionProblems.getElement().setAttribute("role", "alert");
        Button contribute = new Button("Record contribution", click -> recordContribution());
        contribute.setId("record-contribution");
        contribute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout contributionForm = new FormLayout(contributionFund, contributionAmount, contributionReference);

        add(new H1("Funders and funds"), grid,
                new H2("Record a contribution"), contributionForm, contributionProblems, contribute,
                new H2("New fund"), fundForm, fundProblems, create);
        refresh();
    }

    private void createFund() {
        fundProblems.setText("");
        try {
            long maxPence = pence(maxGrant.getValue(), "the largest grant");
            Fund fund = funds.openFund(new FundPlan(name.getValue(), funder.getValue(), funderKind.getValue(),
                    deadline.getValue(), maxPence, themes.getValue(),
                    wards.getValue().stream().map(Ward::getCode).collect(Collectors.toSet()), bands.getValue()));
            Notification.show("Fund created: " + fund.getName(), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            funder.clear();
            funderKind.clear();
            deadline.clear();
            maxGrant.clear();
            themes.clear();
            wards.clear();
            bands.clear();
            refresh();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            fundProblems.setText(refused.getMessage());
        }
    }

    private void recordContribution() {
        contributionProblems.setText("");
        try {
            long pence = pence(contributionAmount.getValue(), "the amount");
            Fund fund = contributionFund.getValue();
            funds.recordContribution(fund == null ? null : fund.getId(), pence, contributionReference.getValue());
            Notification.show(Money.format(pence) + " recorded in " + fund.getName(), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            contributionAmount.clear();
            contributionReference.clear();
            refresh();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            contributionProblems.setText(refused.getMessage());
        }
    }

    private void refresh() {
        Map<UUID, Fund> byId = funds.fundsById();
        List<FundRow> rows = funds.balances().stream().map(balance -> new FundRow(byId.get(balance.fundId()), balance)).toList();
        grid.setItems(rows);
        Fund chosen = contributionFund.getValue();
        contributionFund.setItems(rows.stream().map(FundRow::fund).toList());
        if (chosen != null) {
            rows.stream().map(FundRow::fund).filter(fund -> fund.getId().equals(chosen.getId())).findFirst()
                    .ifPresent(contributionFund::setValue);
        }
    }

    private static long pence(BigDecimal pounds, String label) {
        if (pounds == null) {
            throw new IllegalArgumentException("Fill in " + label + " in pounds.");
        }
        try {
            return Money.penceOf(pounds);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Give " + label + " in pounds and pence (at most two decimal places).");
        }
    }

    private static String kindLabel(String kind) {
        try {
            return FunderKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static String restrictions(Fund fund) {
        String bandText = fund.getBands().isEmpty() ? "any band"
                : fund.getBands().stream().sorted().map(GrantBand::label).collect(Collectors.joining(", "));
        String themeText = fund.getThemes().isEmpty() ? "any theme"
                : fund.getThemes().stream().sorted().map(Theme::label).collect(Collectors.joining(", "));
        String wardText = fund.getWardCodes().isEmpty() ? "any ward" : fund.getWardCodes().size() + " wards";
        return bandText + "; " + themeText + "; " + wardText + "; grants up to " + Money.format(fund.getMaxGrantPence());
    }
}
