package org.communityjourneys.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.review.service.ThematicIntelligence;
import org.communityjourneys.review.service.ThematicIntelligence.Filter;
import org.communityjourneys.review.service.ThematicIntelligence.GroupBy;
import org.communityjourneys.review.service.ThematicIntelligence.QuarterFigures;
import org.communityjourneys.review.service.ThematicIntelligence.Row;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.ui.Translations;

/**
 * Thematic intelligence for the governance lead and facilitators: needs and offers, ideas, vote
 * choices and learning reports by ward, theme, population and quarter, with a bar chart, a CSV
 * download, and the quarterly figures the hub network reports.
 */
@Route("intelligence")
@Menu(title = "Thematic intelligence", order = 57, icon = "vaadin:chart")
@RolesAllowed({Role.Names.GOVERNANCE, Role.Names.FACILITATOR})
public class ThematicDashboardView extends Main implements HasDynamicTitle {

    private final ThematicIntelligence intelligence;

    final Select<GroupBy> groupBy = new Select<>();
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("review.intelligence.ward"));
    final ComboBox<Theme> theme = new ComboBox<>(getTranslation("review.intelligence.theme"));
    final ComboBox<Population> population = new ComboBox<>(getTranslation("review.intelligence.population"));
    final ComboBox<String> quarter = new ComboBox<>(getTranslation("review.intelligence.quarter"));
    final Grid<Row> rows = new Grid<>();
    final UnorderedList chart = new UnorderedList();
    final Grid<QuarterFigures> quarters = new Grid<>();
    final Anchor download;

    public ThematicDashboardView(ThematicIntelligence intelligence, WardDirectory wards) {
        this.intelligence = intelligence;
        addClassName("page");
        groupBy.setId("intelligence-group-by");
        groupBy.setLabel(getTranslation("review.intelligence.groupBy"));
        groupBy.setItems(GroupBy.values());
        groupBy.setItemLabelGenerator(ReviewWords::groupBy);
        groupBy.setValue(GroupBy.THEME);
        ward.setId("intelligence-ward");
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::getName);
        ward.setClearButtonVisible(true);
        theme.setId("intelligence-theme");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(ReviewWords::theme);
        theme.setClearButtonVisible(true);
        population.setId("intelligence-population");
        population.setItems(Population.values());
        population.setItemLabelGenerator(ReviewWords::population);
        population.setClearButtonVisible(true);
        quarter.setId("intelligence-quarter");
        quarter.setItems(intelligence.quarters());
        quarter.setClearButtonVisible(true);
        List.of(ward, theme, population, quarter).forEach(field -> field.addValueChangeListener(change -> show()));
        groupBy.addValueChangeListener(change -> show());

        rows.setId("intelligence-rows");
        rows.addColumn(row -> groupName(row.group())).setHeader(getTranslation("review.intelligence.group"))
                .setAutoWidth(true).setFlexGrow(1).setKey("group");
        rows.addColumn(Row::needs).setHeader(getTranslation("review.intelligence.needs")).setAutoWidth(true).setKey("needs");
        rows.addColumn(Row::offers).setHeader(getTranslation("review.intelligence.offers")).setAutoWidth(true);
        rows.addColumn(Row::ideas).setHeader(getTranslation("review.intelligence.ideas")).setAutoWidth(true);
        rows.addColumn(Row::ideasChosen).setHeader(getTranslation("review.intelligence.chosen")).setAutoWidth(true);
        rows.addColumn(row -> Moments.money(row.chosenPence())).setHeader(getTranslation("review.intelligence.chosenMoney"))
                .setAutoWidth(true);
        rows.addColumn(Row::reports).setHeader(getTranslation("review.intelligence.reports")).setAutoWidth(true).setKey("reports");
        rows.addColumn(row -> Moments.money(row.spentPence())).setHeader(getTranslation("review.intelligence.spent"))
                .setAutoWidth(true);
        rows.addColumn(Row::peopleReached).setHeader(getTranslation("review.intelligence.peopleReached")).setAutoWidth(true)
                .setKey("reach");
        rows.addColumn(Row::connectionChange).setHeader(getTranslation("review.intelligence.connectionChange"))
                .setAutoWidth(true).setKey("connection");
        rows.setAllRowsVisible(true);

        chart.setId("intelligence-chart");
        chart.getElement().setAttribute("aria-labelledby", "intelligence-chart-heading");
        chart.getStyle().set("list-style", "none").set("padding", "0");

        quarters.setId("intelligence-quarters");
        quarters.addColumn(QuarterFigures::quarter).setHeader(getTranslation("review.intelligence.quarter")).setAutoWidth(true);
        quarters.addColumn(QuarterFigures::reports).setHeader(getTranslation("review.intelligence.quarterReports"))
                .setAutoWidth(true).setKey("reports");
        quarters.addColumn(QuarterFigures::hubReports).setHeader(getTranslation("review.intelligence.hubReports"))
                .setAutoWidth(true).setKey("hubReports");
        quarters.addColumn(QuarterFigures::hubsFunded).setHeader(getTranslation("review.intelligence.hubsFunded"))
                .setAutoWidth(true).setKey("hubsFunded");
        quarters.addColumn(QuarterFigures::activities).setHeader(getTranslation("review.intelligence.activities"))
                .setAutoWidth(true).setKey("activities");
        quarters.addColumn(QuarterFigures::activitiesForChildren).setHeader(getTranslation("review.intelligence.children"))
                .setAutoWidth(true).setKey("children");
        quarters.addColumn(QuarterFigures::partnerOrganisations).setHeader(getTranslation("review.intelligence.partners"))
                .setAutoWidth(true);
        quarters.addColumn(QuarterFigures::volunteers).setHeader(getTranslation("review.intelligence.volunteers"))
                .setAutoWidth(true).setKey("volunteers");
        quarters.addColumn(figures -> figures.kindsOfSupport().entrySet().stream()
                .map(entry -> getTranslation("review.intelligence.kindCount", ReviewWords.kind(entry.getKey()),
                        String.valueOf(entry.getValue())))
                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("review.intelligence.kinds")).setFlexGrow(1);
        quarters.setItems(intelligence.quarterlyFigures());
        quarters.setAllRowsVisible(true);

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = intelligence.csv(groupBy.getValue(), filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "thematic-intelligence.csv", "text/csv", csv.length);
        }), getTranslation("review.intelligence.csv"));
        download.setId("intelligence-csv");

        H2 chartHeading = new H2(getTranslation("review.intelligence.chartHeading"));
        chartHeading.setId("intelligence-chart-heading");
        FlexLayout filters = new FlexLayout(groupBy, ward, theme, population, quarter);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1(getTranslation("review.intelligence.title")),
                new Paragraph(getTranslation("review.intelligence.intro")),
                filters, rows, new Paragraph(download), chartHeading, chart,
                new H2(getTranslation("review.intelligence.quarterly")),
                new Paragraph(getTranslation("review.intelligence.quarterlyIntro")),
                quarters);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("review.intelligence.title"));
    }

    /**
     * A row's group in the UI's language: the service names a theme or population by its English
     * label, a ward by its code, a quarter as "2026 Q1", and what has none as "Not tagged".
     */
    static String groupName(String group) {
        if (ThematicIntelligence.NOT_TAGGED.equals(group)) {
            return Translations.text("review.intelligence.notTagged");
        }
        for (Theme theme : Theme.values()) {
            if (theme.label().equals(group)) {
                return ReviewWords.theme(theme);
            }
        }
        for (Population population : Population.values()) {
            if (population.label().equals(group)) {
                return ReviewWords.population(population);
            }
        }
        return group;
    }

    Filter filter() {
        return new Filter(ward.getValue() == null ? null : ward.getValue().getCode(), theme.getValue(),
                population.getValue(), quarter.getValue());
    }

    void show() {
        List<Row> shown = intelligence.rows(groupBy.getValue(), filter());
        rows.setItems(shown);
        chart.removeAll();
        int most = Math.max(1, shown.stream().mapToInt(row -> Math.max(row.needs(), row.peopleReached())).max().orElse(1));
        for (Row row : shown) {
            ListItem item = new ListItem(new Span(groupName(row.group())));
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            item.add(bar(row.needs(), most, "var(--lumo-primary-color)"), new Span(getTranslation("review.intelligence.needsRaised", row.needs(), String.valueOf(row.needs()))),
                    bar(row.peopleReached(), most, "var(--lumo-success-color)"), new Span(getTranslation("review.intelligence.peopleReachedCount", String.valueOf(row.peopleReached()))));
            chart.add(item);
        }
        if (shown.isEmpty()) {
            chart.add(new ListItem(getTranslation("review.intelligence.nothing")));
        }
    }

    private static Div bar(int value, int most, String colour) {
        Div bar = new Div();
        bar.getElement().setAttribute("aria-hidden", "true");
        bar.getStyle().set("height", "0.75rem").set("background", colour).set("border-radius", "var(--lumo-border-radius-s)")
                .set("width", Math.max(0.5, value * 100.0 / most) + "%");
        return bar;
    }
}
