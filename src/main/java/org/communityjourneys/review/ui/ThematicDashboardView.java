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
import com.vaadin.flow.router.PageTitle;
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
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/**
 * Thematic intelligence for the governance lead and facilitators: needs and offers, ideas, vote
 * choices and learning reports by ward, theme, population and quarter, with a bar chart, a CSV
 * download, and the quarterly figures the hub network reports.
 */
@Route("intelligence")
@PageTitle("Thematic intelligence | Community Journeys")
@Menu(title = "Thematic intelligence", order = 57, icon = "vaadin:chart")
@RolesAllowed({Role.Names.GOVERNANCE, Role.Names.FACILITATOR})
public class ThematicDashboardView extends Main {

    private final ThematicIntelligence intelligence;

    final Select<GroupBy> groupBy = new Select<>();
    final ComboBox<Ward> ward = new ComboBox<>("Ward");
    final ComboBox<Theme> theme = new ComboBox<>("Theme");
    final ComboBox<Population> population = new ComboBox<>("Population");
    final ComboBox<String> quarter = new ComboBox<>("Quarter");
    final Grid<Row> rows = new Grid<>();
    final UnorderedList chart = new UnorderedList();
    final Grid<QuarterFigures> quarters = new Grid<>();
    final Anchor download;

    public ThematicDashboardView(ThematicIntelligence intelligence, WardDirectory wards) {
        this.intelligence = intelligence;
        addClassName("page");
        groupBy.setId("intelligence-group-by");
        groupBy.setLabel("Group by");
        groupBy.setItems(GroupBy.values());
        groupBy.setItemLabelGenerator(GroupBy::label);
        groupBy.setValue(GroupBy.THEME);
        ward.setId("intelligence-ward");
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::getName);
        ward.setClearButtonVisible(true);
        theme.setId("intelligence-theme");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(Theme::label);
        theme.setClearButtonVisible(true);
        population.setId("intelligence-population");
        population.setItems(Population.values());
        population.setItemLabelGenerator(Population::label);
        population.setClearButtonVisible(true);
        quarter.setId("intelligence-quarter");
        quarter.setItems(intelligence.quarters());
        quarter.setClearButtonVisible(true);
        List.of(ward, theme, population, quarter).forEach(field -> field.addValueChangeListener(change -> show()));
        groupBy.addValueChangeListener(change -> show());

        rows.setId("intelligence-rows");
        rows.addColumn(Row::group).setHeader("Group").setAutoWidth(true).setFlexGrow(1).setKey("group");
        rows.addColumn(Row::needs).setHeader("Needs raised").setAutoWidth(true).setKey("needs");
        rows.addColumn(Row::offers).setHeader("Offers").setAutoWidth(true);
        rows.addColumn(Row::ideas).setHeader("Ideas").setAutoWidth(true);
        rows.addColumn(Row::ideasChosen).setHeader("Chosen by vote").setAutoWidth(true);
        rows.addColumn(row -> Money.format(row.chosenPence())).setHeader("Chosen, money").setAutoWidth(true);
        rows.addColumn(Row::reports).setHeader("Learning reports").setAutoWidth(true).setKey("reports");
        rows.addColumn(row -> Money.format(row.spentPence())).setHeader("Spent").setAutoWidth(true);
        rows.addColumn(Row::peopleReached).setHeader("People reached").setAutoWidth(true).setKey("reach");
        rows.addColumn(Row::connectionChange).setHeader("Connection change").setAutoWidth(true).setKey("connection");
        rows.setAllRowsVisible(true);

        chart.setId("intelligence-chart");
        chart.getElement().setAttribute("aria-labelledby", "intelligence-chart-heading");
        chart.getStyle().set("list-style", "none").set("padding", "0");

        quarters.setId("intelligence-quarters");
        quarters.addColumn(QuarterFigures::quarter).setHeader("Quarter").setAutoWidth(true);
        quarters.addColumn(QuarterFigures::reports).setHeader("Reports").setAutoWidth(true).setKey("reports");
        quarters.addColumn(QuarterFigures::hubReports).setHeader("Of which from hubs").setAutoWidth(true).setKey("hubReports");
        quarters.addColumn(QuarterFigures::hubsFunded).setHeader("Hubs funded").setAutoWidth(true).setKey("hubsFunded");
        quarters.addColumn(QuarterFigures::activities).setHeader("Activities").setAutoWidth(true).setKey("activities");
        quarters.addColumn(QuarterFigures::activitiesForChildren).setHeader("For 0-17s").setAutoWidth(true).setKey("children");
        quarters.addColumn(QuarterFigures::partnerOrganisations).setHeader("Partner organisations").setAutoWidth(true);
        quarters.addColumn(QuarterFigures::volunteers).setHeader("Volunteers").setAutoWidth(true).setKey("volunteers");
        quarters.addColumn(figures -> figures.kindsOfSupport().entrySet().stream()
                .map(entry -> entry.getKey().label() + " (" + entry.getValue() + ")").collect(Collectors.joining(", ")))
                .setHeader("Kinds of support").setFlexGrow(1);
        quarters.setItems(intelligence.quarterlyFigures());
        quarters.setAllRowsVisible(true);

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = intelligence.csv(groupBy.getValue(), filter()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "thematic-intelligence.csv", "text/csv", csv.length);
        }), "Download as CSV");
        download.setId("intelligence-csv");

        H2 chartHeading = new H2("People reached and needs raised");
        chartHeading.setId("intelligence-chart-heading");
        FlexLayout filters = new FlexLayout(groupBy, ward, theme, population, quarter);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H1("Thematic intelligence"),
                new Paragraph("What communities told us, what they chose and what funded projects learned. Share the "
                        + "gaps back with them: each ward has a public \u201cwhat we heard\u201d page."),
                filters, rows, new Paragraph(download), chartHeading, chart,
                new H2("Quarterly figures"),
                new Paragraph("Computed from accepted learning reports of journey grants and hub start-up grants, "
                        + "like the hub network's reports, and from the hub start-up grants paid: no extra form for volunteers."),
                quarters);
        show();
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
            ListItem item = new ListItem(new Span(row.group()));
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            item.add(bar(row.needs(), most, "var(--lumo-primary-color)"), new Span(row.needs() + (row.needs() == 1 ? " need raised" : " needs raised")),
                    bar(row.peopleReached(), most, "var(--lumo-success-color)"), new Span(row.peopleReached() + " people reached"));
            chart.add(item);
        }
        if (shown.isEmpty()) {
            chart.add(new ListItem("Nothing matches these filters yet."));
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
