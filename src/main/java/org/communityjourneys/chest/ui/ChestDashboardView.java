package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.LedgerEntry;
import org.communityjourneys.chest.service.FundService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.domain.Money;

/**
 * The chest at a glance for the governance lead: per fund what was contributed, reserved, paid
 * and is available (in pounds and as a bar), the ledger with who and when, and a CSV export.
 */
@Route("chest")
@PageTitle("Community chest | Community Journeys")
@Menu(title = "Community chest", order = 60, icon = "vaadin:coin-piles")
@RolesAllowed({Role.Names.GOVERNANCE, Role.Names.ADMIN})
public class ChestDashboardView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    final Anchor csv;
    final Grid<LedgerEntry> ledger = new Grid<>();

    public ChestDashboardView(FundService funds) {
        addClassName("page");
        Map<UUID, Fund> byId = funds.fundsById();

        Div cards = new Div();
        cards.setId("fund-balances");
        cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(20rem, 1fr))");
        for (FundBalance balance : funds.balances()) {
            cards.add(card(balance));
        }

        ledger.setId("ledger-grid");
        ledger.addColumn(entry -> WHEN.format(entry.getRecordedAt())).setHeader("When").setAutoWidth(true);
        ledger.addColumn(LedgerEntry::getRecordedBy).setHeader("Who").setAutoWidth(true);
        ledger.addColumn(entry -> name(byId, entry.getFundId())).setHeader("Fund").setFlexGrow(1);
        ledger.addColumn(entry -> entry.getKind().name().toLowerCase()).setHeader("Movement").setAutoWidth(true);
        ledger.addColumn(entry -> Money.format(entry.getAmountPence())).setHeader("Amount").setAutoWidth(true);
        ledger.addColumn(LedgerEntry::getReference).setHeader("Reference").setFlexGrow(1);
        ledger.setItems(query -> funds.ledger(query.getPage(), query.getPageSize()).stream(),
                query -> (int) funds.ledgerSize());
        ledger.setHeight("28rem");

        csv = new Anchor(new StreamResource("chest-ledger.csv",
                () -> new ByteArrayInputStream(funds.ledgerCsv().getBytes(StandardCharsets.UTF_8))), "Download the ledger (CSV)");
        csv.setId("ledger-csv");
        csv.getElement().setAttribute("download", true);

        add(new H1("Community chest"), new RouterLink("Manage funders and funds", FundsView.class),
                new H2("Funds"), legend(), cards, new H2("Ledger"), csv, ledger,
                new H2("Open data"), new GrantsOpenDataLinks());
    }

    private static Div card(FundBalance balance) {
        Div card = new Div();
        card.addClassName("fund-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)");
        card.add(new H3(balance.fundName()));
        card.add(figure("Contributed", balance.contributed()), figure("Reserved", balance.reserved()),
                figure("Paid", balance.paid()), figure("Available", balance.available()));
        card.add(bar(balance));
        return card;
    }

    private static Div figure(String label, long pence) {
        Div line = new Div(new Span(label + ": "), new Span(Money.format(pence)));
        line.addClassName("fund-figure");
        return line;
    }

    /** One horizontal bar: paid, reserved and available as shares of what was contributed. */
    private static Div bar(FundBalance balance) {
        Div bar = new Div();
        bar.addClassName("fund-bar");
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", "Paid " + Money.format(balance.paid()) + ", reserved "
                + Money.format(balance.reserved()) + ", available " + Money.format(balance.available()));
        bar.getStyle().set("display", "flex").set("height", "1.25rem").set("margin-top", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("overflow", "hidden");
        long whole = Math.max(1, balance.contributed());
        bar.add(segment(balance.paid(), whole, "var(--lumo-success-color)"),
                segment(balance.reserved(), whole, "var(--lumo-primary-color)"),
                segment(balance.available(), whole, "var(--lumo-contrast-40pct)"));
        return bar;
    }

    private static Div segment(long pence, long whole, String colour) {
        Div segment = new Div();
        double share = Math.max(0, Math.min(100, 100.0 * pence / whole));
        segment.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.2f%%", share)).set("background", colour);
        return segment;
    }

    private static Div legend() {
        Div legend = new Div(swatch("Paid", "var(--lumo-success-color)"), swatch("Reserved", "var(--lumo-primary-color)"),
                swatch("Available", "var(--lumo-contrast-40pct)"));
        legend.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        return legend;
    }

    private static Span swatch(String label, String colour) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "0.9rem").set("height", "0.9rem")
                .set("background", colour).set("margin-right", "0.3rem").set("vertical-align", "middle");
        return new Span(box, new Span(label));
    }

    private static String name(Map<UUID, Fund> byId, UUID fundId) {
        Fund fund = byId.get(fundId);
        return fund == null ? fundId.toString() : fund.getName();
    }
}
