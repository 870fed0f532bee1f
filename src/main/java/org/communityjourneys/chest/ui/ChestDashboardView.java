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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.LedgerEntry;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.service.FundStanding;
import org.communityjourneys.chest.service.FundService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/**
 * The chest at a glance for the governance lead: per fund what was contributed, reserved (and of
 * that, committed to approved grants not yet paid), paid and is available (in pounds and as a bar),
 * or, past its distribution date, what happens to the money not spent; the ledger with every step
 * (reservations, commitments, agreements, payments) with who and when, and a CSV export.
 */
@Route("chest")
@Menu(title = "Community chest", order = 60, icon = "vaadin:coin-piles")
@RolesAllowed({Role.Names.GOVERNANCE, Role.Names.ADMIN})
public class ChestDashboardView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Anchor csv;
    final Grid<LedgerEntry> ledger = new Grid<>();

    public ChestDashboardView(FundService funds) {
        addClassName("page");
        Map<UUID, Fund> byId = funds.fundsById();

        Div cards = new Div();
        cards.setId("fund-balances");
        cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(20rem, 1fr))");
        for (FundStanding standing : funds.standings()) {
            cards.add(card(standing));
        }

        ledger.setId("ledger-grid");
        ledger.addColumn(entry -> WHEN.format(entry.getRecordedAt())).setHeader(getTranslation("chest.ledger.when")).setAutoWidth(true);
        ledger.addColumn(LedgerEntry::getRecordedBy).setHeader(getTranslation("chest.ledger.who")).setAutoWidth(true);
        ledger.addColumn(entry -> name(byId, entry.getFundId())).setHeader(getTranslation("chest.ledger.fund")).setFlexGrow(1);
        Locale language = Translations.current();
        ledger.addColumn(entry -> movement(language, entry.getKind())).setHeader(getTranslation("chest.ledger.movement"))
                .setAutoWidth(true);
        ledger.addColumn(entry -> Money.format(entry.getAmountPence(), language)).setHeader(getTranslation("chest.ledger.amount"))
                .setAutoWidth(true);
        ledger.addColumn(LedgerEntry::getReference).setHeader(getTranslation("chest.ledger.reference")).setFlexGrow(1);
        ledger.setItems(query -> funds.ledger(query.getPage(), query.getPageSize()).stream(),
                query -> (int) funds.ledgerSize());
        ledger.setHeight("28rem");

        csv = new Anchor(new StreamResource("chest-ledger.csv",
                () -> new ByteArrayInputStream(funds.ledgerCsv().getBytes(StandardCharsets.UTF_8))), getTranslation("chest.ledger.csv"));
        csv.setId("ledger-csv");
        csv.getElement().setAttribute("download", true);

        add(new H1(getTranslation("chest.dashboard.title")),
                new RouterLink(getTranslation("chest.dashboard.manageFunds"), FundsView.class),
                new H2(getTranslation("chest.dashboard.funds")), legend(), cards, new H2(getTranslation("chest.dashboard.ledger")),
                csv, ledger, new H2(getTranslation("chest.dashboard.openData")), new GrantsOpenDataLinks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.dashboard.title"));
    }

    private static Div card(FundStanding standing) {
        FundBalance balance = standing.balance();
        Div card = new Div();
        card.addClassName("fund-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)");
        card.add(new H3(balance.fundName()));
        card.add(figure(Translations.text("chest.fund.contributed"), balance.contributed()),
                figure(Translations.text("chest.fund.reserved"), balance.reserved()),
                figure(Translations.text("chest.fund.committedUnpaid"), standing.committedUnpaidPence()),
                figure(Translations.text("chest.fund.paid"), balance.paid()));
        if (standing.pastDeadline()) {
            card.add(escalation(standing));
        } else {
            card.add(figure(Translations.text("chest.fund.available"), balance.available()));
            card.add(new Div(new Span(Translations.text("chest.dashboard.distributeBy",
                    UK_DATE.format(standing.distributionDeadline())))));
        }
        card.add(bar(balance));
        return card;
    }

    /** Past its distribution date a fund's unspent money is not "available": say what happens to it. */
    private static Div escalation(FundStanding standing) {
        long unspent = standing.balance().available() + standing.reservedUncommittedPence();
        Div escalation = new Div();
        escalation.addClassName("fund-escalation");
        escalation.getElement().setAttribute("role", "note");
        escalation.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-s)")
                .set("margin-top", "var(--lumo-space-s)");
        escalation.add(new Div(new Span(Translations.text("chest.dashboard.deadlinePassed",
                UK_DATE.format(standing.distributionDeadline())))));
        escalation.add(new Div(new Span(Translations.text("chest.dashboard.unspent", Moments.money(unspent), standing.funder()))));
        escalation.add(new Div(new Span(standing.grantsNotPaidInFull() == 0 ? Translations.text("chest.dashboard.allPaid")
                : Translations.text("chest.dashboard.notPaidInFull", standing.grantsNotPaidInFull(),
                        Moments.money(standing.committedUnpaidPence())))));
        return escalation;
    }

    /** A ledger movement as people read it ({@code chest.movement.KIND}): "reservation", "commitment (approved)". */
    private static String movement(Locale language, LedgerEntryKind kind) {
        return Translations.text(language, "chest.movement." + kind.name());
    }

    private static Div figure(String label, long pence) {
        Div line = new Div(new Span(label + ": "), new Span(Moments.money(pence)));
        line.addClassName("fund-figure");
        return line;
    }

    /** One horizontal bar: paid, reserved and available as shares of what was contributed. */
    private static Div bar(FundBalance balance) {
        Div bar = new Div();
        bar.addClassName("fund-bar");
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", Translations.text("chest.dashboard.bar", Moments.money(balance.paid()),
                Moments.money(balance.reserved()), Moments.money(balance.available())));
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
        Div legend = new Div(swatch(Translations.text("chest.fund.paid"), "var(--lumo-success-color)"),
                swatch(Translations.text("chest.fund.reserved"), "var(--lumo-primary-color)"),
                swatch(Translations.text("chest.fund.available"), "var(--lumo-contrast-40pct)"));
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
