package org.communityjourneys.voting.ui;

import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.voting.domain.PaperCheck;
import org.communityjourneys.voting.domain.VoteCount;
import org.communityjourneys.voting.domain.VoteReport;
import org.communityjourneys.voting.service.PaperEntryChecks;
import org.communityjourneys.voting.service.VoteService;

/**
 * The facilitator checks the count before it is published: the funded ideas in order with their
 * cost and votes, the rule and its settings, the budget used, the ballots online and on paper,
 * and the anonymous ballots to download. Certifying (or asking for a recount) completes the
 * journey's "Certify vote result" task, opened from My tasks with {@code ?task=}.
 */
@TaskScreen(VoteService.CERTIFY_SCREEN)
@Route("journeys/:journeyId/certify")
@PageTitle("Certify the vote | Community Journeys")
@RolesAllowed(Role.Names.FACILITATOR)
public class CertifyResultView extends Main implements BeforeEnterObserver {

    private final VoteService votes;
    private final CurrentUser currentUser;
    private final PaperEntryChecks paperChecks;
    final TextArea note = new TextArea("Note (needed for a recount)");
    final Button certify = new Button("Certify and publish the result");
    final Button recount = new Button("Count the ballots again");
    final Div problem = new Div();
    final Grid<VoteReport.Line> lines = new Grid<>();
    private UUID journeyId;
    private String taskId;
    private Registration polling;
    private boolean counting;
    static final int POLL_MILLIS = 1000;

    public CertifyResultView(VoteService votes, CurrentUser currentUser, PaperEntryChecks paperChecks) {
        this.votes = votes;
        this.paperChecks = paperChecks;
        this.currentUser = currentUser;
        addClassNames("page", "certify-result");
        note.setId("certification-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        certify.setId("certify-result");
        certify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        certify.addClickListener(event -> decide(true));
        recount.setId("recount-result");
        recount.addClickListener(event -> decide(false));
        problem.setId("certify-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        lines.setId("certify-lines");
        lines.addColumn(VoteReport.Line::position).setHeader("Rank by votes").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(VoteReport.Line::title).setHeader("Idea").setFlexGrow(1);
        lines.addColumn(VoteReport.Line::votes).setHeader("Votes").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> Money.format(line.costPence())).setHeader("Cost").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> line.funded() ? "Funded" : "Not funded: " + line.whyNotFunded()).setHeader("Outcome")
                .setFlexGrow(1);
        lines.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getLocation().getQueryParameters().getSingleParameter("task").orElse(null);
        journeyId = event.getRouteParameters().get("journeyId").flatMap(CertifyResultView::uuid).orElse(null);
        show();
    }

    /**
     * Shows the count, or how far it has gone while it runs (in the engine's job executor, maybe on
     * another node): the page then looks again every {@value #POLL_MILLIS} ms until it is done.
     */
    void show() {
        removeAll();
        problem.setVisible(false);
        Optional<VoteCount> count = journeyId == null ? Optional.empty() : votes.count(journeyId);
        Optional<VoteReport> found = journeyId == null ? Optional.empty() : votes.report(journeyId);
        counting = count.filter(VoteCount::isRunning).isPresent();
        getUI().ifPresent(ui -> ui.setPollInterval(counting ? POLL_MILLIS : -1));
        if (found.isEmpty() || counting) {
            add(new H1("Certify the vote"));
            count.filter(c -> c.isRunning() || c.hasFailed())
                    .ifPresentOrElse(c -> add(progress(c, found.isPresent())),
                            () -> add(new Paragraph("This vote has not been counted yet.")));
            return;
        }
        VoteReport report = found.get();
        add(new H1("Certify the vote: " + report.journeyTitle()));
        count.filter(VoteCount::hasFailed).ifPresent(failed -> add(progress(failed, true)));
        if (report.publishedAt() != null || taskId == null) {
            Paragraph done = new Paragraph(report.publishedAt() != null
                    ? "This result has been certified and published."
                    : "Open this page from My tasks to certify the result.");
            done.setId("certify-status");
            add(done);
        }
        lines.setItems(report.lines());
        Anchor download = new Anchor("journeys/" + journeyId + "/ballots.pb", "Download the anonymous ballots (.pb)");
        download.setId("certify-download-ballots");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        DescriptionList facts = facts(report);
        List<PaperCheck> sample = paperChecks.sample(journeyId);
        if (!sample.isEmpty()) {
            long checked = sample.stream().filter(check -> !check.isWaiting()).count();
            fact(facts, "Paper entries checked by a second facilitator", checked + " of " + sample.size() + " sampled"
                    + (checked < sample.size() ? " (certification waits for the rest)" : ""));
        }
        add(problem, new H2("Funded ideas, in order"), funded(report), new H2("Every idea"), lines,
                new H2("How it was counted"), facts, download);
        if (report.paperVoters() > 0 || !sample.isEmpty()) {
            add(new Paragraph(PaperChecksView.link(journeyId)));
        }
        if (report.publishedAt() == null && taskId != null) {
            add(new H2("Your decision"),
                    new Paragraph("Check the count against the ballots. Certifying publishes the result and the "
                            + "anonymous ballots; a recount counts the stored ballots again."),
                    note, new Div(certify, recount));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> show());
        event.getUI().setPollInterval(counting ? POLL_MILLIS : -1);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    /** A count running or stopped on an error: rounds so far, what the last round spends, since when. */
    static Div progress(VoteCount count, boolean recount) {
        Div box = new Div();
        box.setId("count-progress");
        box.addClassName("count-progress");
        if (count.hasFailed()) {
            box.getElement().setAttribute("role", "alert");
            box.add(new H2("The count stopped"), new Paragraph("The count that started at "
                    + UkTime.moment(count.startedAt()) + " stopped: " + count.failure() + ". The engine tries again "
                    + "a few minutes later; if it stops three times, an administrator sees it among the incidents "
                    + "in Cockpit."));
            return box;
        }
        box.getElement().setAttribute("role", "status");
        box.getElement().setAttribute("aria-live", "polite");
        ProgressBar bar = new ProgressBar(0, 1, count.spentShare());
        bar.setId("count-progress-bar");
        bar.setMaxWidth("36em");
        bar.getElement().setAttribute("aria-label", "Budget spent by the last round of the count");
        String rounds = count.rounds() == 0 ? "The count has started"
                : String.format(java.util.Locale.UK, "%,d %s of the Method of Equal Shares counted so far", count.rounds(),
                        count.rounds() == 1 ? "round" : "rounds");
        Paragraph said = new Paragraph(rounds + (count.rounds() == 0 ? "" : "; the last one spends "
                + Money.format(count.spentPence()) + " of " + Money.format(count.budgetPence())) + ".");
        said.setId("count-progress-text");
        box.add(new H2(recount ? "Counting the ballots again" : "Counting the ballots"), said, bar,
                new Paragraph("Started at " + UkTime.clock(count.startedAt()) + ", last news at "
                        + UkTime.clock(count.updatedAt()) + ". This page shows the result by itself when the count is "
                        + "done; you can also leave and come back from My tasks."));
        return box;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static com.vaadin.flow.component.Component funded(VoteReport report) {
        List<VoteReport.Line> funded = report.funded();
        if (funded.isEmpty()) {
            Paragraph none = new Paragraph("No idea is funded.");
            none.setId("certify-funded");
            return none;
        }
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        list.setId("certify-funded");
        funded.forEach(line -> list.add(new com.vaadin.flow.component.html.ListItem(line.title() + ": "
                + Money.format(line.costPence()) + ", " + votesText(line.votes()))));
        return list;
    }

    static String votesText(int votes) {
        return votes == 1 ? Translations.text("results.votesOne") : Translations.text("results.votesMany", String.valueOf(votes));
    }

    private static DescriptionList facts(VoteReport report) {
        DescriptionList facts = new DescriptionList();
        facts.setId("certify-facts");
        fact(facts, "Rule", TallyRuleText.rule(report.settings()));
        fact(facts, "Utility", TallyRuleText.utility(report.settings()));
        fact(facts, "Completion", TallyRuleText.completion(report.settings()));
        fact(facts, "Ties broken", TallyRuleText.tieBreak(report.settings()));
        fact(facts, "Budget", Money.format(report.budgetPence()));
        fact(facts, "Budget used", Money.format(report.usedPence()) + " (" + Money.format(report.leftPence()) + " left)");
        fact(facts, "Ballots online", String.valueOf(report.onlineVoters()));
        fact(facts, "Ballots on paper", String.valueOf(report.paperVoters()));
        fact(facts, "Turnout", report.turnout() == 1 ? "1 resident" : report.turnout() + " residents");
        fact(facts, "Anonymous ballots stored", report.ballotsStored() == report.turnout()
                ? String.valueOf(report.ballotsStored())
                : report.ballotsStored() + " (does not match the turnout: do not certify)");
        return facts;
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    void decide(boolean correct) {
        problem.setVisible(false);
        try {
            votes.decideResult(journeyId, taskId, correct, note.getValue(), currentUser.require());
            Notification.show(correct ? "Result certified: it will be published now." : "The ballots will be counted again.",
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journeyId));
        } catch (RuntimeException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
