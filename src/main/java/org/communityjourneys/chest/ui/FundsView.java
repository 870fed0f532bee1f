package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.domain.WardRepository;
import org.communityjourneys.shared.ui.BritishDates;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/** The governance lead records funders, their funds with restrictions, and contributions. */
@Route("chest/funds")
@Menu(title = "Funds", order = 61, icon = "vaadin:piggy-bank-coin")
@RolesAllowed({Role.Names.GOVERNANCE, Role.Names.ADMIN})
public class FundsView extends Main implements HasDynamicTitle {

    /** One row of the funds table: the fund and its balance. */
    record FundRow(Fund fund, FundBalance balance) {
    }

    private final FundService funds;
    private final Grid<FundRow> grid = new Grid<>();

    final TextField name = new TextField(getTranslation("chest.funds.name"));
    final TextField funder = new TextField(getTranslation("chest.funds.funder"));
    final ComboBox<FunderKind> funderKind = new ComboBox<>(getTranslation("chest.funds.funderKind"));
    final DatePicker deadline = BritishDates.datePicker(getTranslation("chest.funds.distributeBy"));
    final BigDecimalField maxGrant = new BigDecimalField(getTranslation("chest.funds.maxGrant"));
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>(getTranslation("chest.funds.themes"));
    final MultiSelectComboBox<Ward> wards = new MultiSelectComboBox<>(getTranslation("chest.funds.wards"));
    final CheckboxGroup<GrantBand> bands = new CheckboxGroup<>(getTranslation("chest.funds.bands"));
    final Paragraph fundProblems = new Paragraph();

    final ComboBox<Fund> contributionFund = new ComboBox<>(getTranslation("chest.funds.fund"));
    final BigDecimalField contributionAmount = new BigDecimalField(getTranslation("chest.funds.amount"));
    final TextField contributionReference = new TextField(getTranslation("chest.funds.reference"));
    final Paragraph contributionProblems = new Paragraph();

    public FundsView(FundService funds, WardRepository wardRepository) {
        this.funds = funds;
        addClassName("page");

        grid.setId("funds-grid");
        Locale language = Translations.current();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", language);
        grid.addColumn(row -> row.fund().getName()).setHeader(getTranslation("chest.funds.fund")).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(row -> row.fund().getFunder()).setHeader(getTranslation("chest.funds.funder")).setAutoWidth(true);
        grid.addColumn(row -> kindLabel(language, row.fund().getFunderKind())).setHeader(getTranslation("chest.funds.kind"))
                .setAutoWidth(true);
        grid.addColumn(row -> day.format(row.fund().getDistributionDeadline())).setHeader(getTranslation("chest.funds.distributeBy"))
                .setAutoWidth(true);
        grid.addColumn(row -> restrictions(language, row.fund())).setHeader(getTranslation("chest.funds.restrictions"))
                .setWidth("16rem").setFlexGrow(2);
        grid.addColumn(row -> Money.format(row.balance().contributed(), language)).setHeader(getTranslation("chest.fund.contributed"))
                .setAutoWidth(true);
        grid.addColumn(row -> Money.format(row.balance().reserved(), language)).setHeader(getTranslation("chest.fund.reserved"))
                .setAutoWidth(true);
        grid.addColumn(row -> Money.format(row.balance().paid(), language)).setHeader(getTranslation("chest.fund.paid"))
                .setAutoWidth(true);
        grid.addColumn(row -> Money.format(row.balance().available(), language)).setHeader(getTranslation("chest.fund.available"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        // a fund's name and its restrictions are read whole, not cut off at the column's edge
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        name.setId("fund-name");
        name.setRequired(true);
        name.setMaxLength(120);
        funder.setId("fund-funder");
        funder.setRequired(true);
        funder.setMaxLength(120);
        funderKind.setId("fund-funder-kind");
        funderKind.setItems(FunderKind.values());
        funderKind.setItemLabelGenerator(kind -> Translations.label("chest.funderKind", kind, kind.label()));
        funderKind.setRequired(true);
        deadline.setId("fund-deadline");
        deadline.setRequired(true);
        maxGrant.setId("fund-max-grant");
        themes.setId("fund-themes");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(theme -> Translations.label("theme", theme, theme.label()));
        wards.setId("fund-wards");
        wards.setItems(wardRepository.findAllByOrderByNameAsc());
        wards.setItemLabelGenerator(Ward::getName);
        bands.setId("fund-bands");
        bands.setItems(GrantBand.values());
        bands.setItemLabelGenerator(band -> Translations.label("chest.band", band, band.label()));
        fundProblems.setId("fund-problems");
        fundProblems.getElement().setAttribute("role", "alert");
        fundProblems.addClassName("problems");
        Button create = new Button(getTranslation("chest.funds.create"), click -> createFund());
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
        Button contribute = new Button(getTranslation("chest.funds.contribute"), click -> recordContribution());
        contribute.setId("record-contribution");
        contribute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout contributionForm = new FormLayout(contributionFund, contributionAmount, contributionReference);

        add(new H1(getTranslation("chest.funds.heading")), grid,
                new H2(getTranslation("chest.funds.contributionHeading")), contributionForm, contributionProblems, contribute,
                new H2(getTranslation("chest.funds.newFund")), fundForm, fundProblems, create);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.funds.title"));
    }

    private void createFund() {
        fundProblems.setText("");
        try {
            long maxPence = pence(maxGrant.getValue(), "chest.funds.maxGrantMissing", "chest.funds.maxGrantPence");
            Fund fund = funds.openFund(new FundPlan(name.getValue(), funder.getValue(), funderKind.getValue(),
                    deadline.getValue(), maxPence, themes.getValue(),
                    wards.getValue().stream().map(Ward::getCode).collect(Collectors.toSet()), bands.getValue()));
            Notification.show(getTranslation("chest.funds.created", fund.getName()), 4000, Notification.Position.BOTTOM_START)
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
            fundProblems.setText(Translations.explain(refused));
        }
    }

    private void recordContribution() {
        contributionProblems.setText("");
        try {
            long pence = pence(contributionAmount.getValue(), "chest.funds.amountMissing", "chest.funds.amountPence");
            Fund fund = contributionFund.getValue();
            funds.recordContribution(fund == null ? null : fund.getId(), pence, contributionReference.getValue());
            Notification.show(getTranslation("chest.funds.recorded", Moments.money(pence), fund.getName()), 4000,
                    Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            contributionAmount.clear();
            contributionReference.clear();
            refresh();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            contributionProblems.setText(Translations.explain(refused));
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

    /** The amount in pence; refused with the {@code missing} key when empty, {@code precision} when finer than pence. */
    private static long pence(BigDecimal pounds, String missing, String precision) {
        if (pounds == null) {
            throw Refused.input(missing);
        }
        try {
            return Money.penceOf(pounds);
        } catch (ArithmeticException e) {
            throw Refused.input(precision);
        }
    }

    private static String kindLabel(Locale language, String kind) {
        try {
            FunderKind known = FunderKind.valueOf(kind);
            return Translations.find("chest.funderKind." + known.name(), language).orElse(known.label());
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static String restrictions(Locale language, Fund fund) {
        String bandText = fund.getBands().isEmpty() ? Translations.text(language, "chest.funds.anyBand")
                : fund.getBands().stream().sorted().map(band -> Translations.find("chest.band." + band.name(), language)
                        .orElse(band.label())).collect(Collectors.joining(", "));
        String themeText = fund.getThemes().isEmpty() ? Translations.text(language, "chest.funds.anyTheme")
                : fund.getThemes().stream().sorted().map(theme -> Translations.find("theme." + theme.name(), language)
                        .orElse(theme.label())).collect(Collectors.joining(", "));
        String wardText = fund.getWardCodes().isEmpty() ? Translations.text(language, "chest.funds.anyWard")
                : Translations.text(language, "chest.funds.wardCount", String.valueOf(fund.getWardCodes().size()));
        return Translations.text(language, "chest.funds.restrictionsText", bandText, themeText, wardText,
                Money.format(fund.getMaxGrantPence(), language));
    }
}
