package org.communityjourneys.voting.ui;

import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.ui.Moments;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
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
@RolesAllowed(Role.Names.FACILITATOR)
public class CertifyResultView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final VoteService votes;
    private final CurrentUser currentUser;
    private final PaperEntryChecks paperChecks;
    final TextArea note = new TextArea(getTranslation("voting.certify.note"));
    final Button certify = new Button(getTranslation("voting.certify.certify"));
    final Button recount = new Button(getTranslation("voting.certify.recount"));
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
        lines.addColumn(VoteReport.Line::position).setHeader(getTranslation("voting.certify.column.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(VoteReport.Line::title).setHeader(getTranslation("voting.certify.column.idea")).setFlexGrow(1);
        lines.addColumn(VoteReport.Line::votes).setHeader(getTranslation("voting.certify.column.votes")).setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(line -> Moments.money(line.costPence())).setHeader(getTranslation("voting.certify.column.cost"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(line -> line.funded() ? getTranslation("results.outcomeFunded")
                : getTranslation("results.notFunded", line.whyNotFunded().in(Translations.current())))
                .setHeader(getTranslation("voting.certify.column.outcome")).setFlexGrow(1);
        lines.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("voting.certify.title"));
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
            add(new H1(getTranslation("voting.certify.title")));
            count.filter(c -> c.isRunning() || c.hasFailed())
                    .ifPresentOrElse(c -> add(progress(c, found.isPresent())),
                            () -> add(new Paragraph(getTranslation("voting.certify.notCounted"))));
            return;
        }
        VoteReport report = found.get();
        add(new H1(getTranslation("voting.certify.heading", report.journeyTitle())));
        count.filter(VoteCount::hasFailed).ifPresent(failed -> add(progress(failed, true)));
        if (report.publishedAt() != null || taskId == null) {
            Paragraph done = new Paragraph(report.publishedAt() != null
                    ? getTranslation("voting.certify.published")
                    : getTranslation("voting.certify.openFromTasks"));
            done.setId("certify-status");
            add(done);
        }
        lines.setItems(report.lines());
        Anchor download = new Anchor("journeys/" + journeyId + "/ballots.pb", getTranslation("results.download"));
        download.setId("certify-download-ballots");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        DescriptionList facts = facts(report);
        List<PaperCheck> sample = paperChecks.sample(journeyId);
        if (!sample.isEmpty()) {
            long checked = sample.stream().filter(check -> !check.isWaiting()).count();
            fact(facts, getTranslation("voting.certify.checkedTerm"), getTranslation(checked < sample.size()
                    ? "voting.certify.checkedWaiting" : "voting.certify.checked", String.valueOf(checked),
                    String.valueOf(sample.size())));
        }
        add(problem, new H2(getTranslation("voting.certify.fundedHeading")), funded(report),
                new H2(getTranslation("voting.certify.everyIdeaHeading")), lines,
                new H2(getTranslation("voting.certify.howHeading")), facts, download);
        if (report.paperVoters() > 0 || !sample.isEmpty()) {
            add(new Paragraph(PaperChecksView.link(journeyId)));
        }
        if (report.publishedAt() == null && taskId != null) {
            add(new H2(getTranslation("voting.certify.decisionHeading")),
                    new Paragraph(getTranslation("voting.certify.decisionIntro")),
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
            box.add(new H2(Translations.text("voting.count.stoppedHeading")), new Paragraph(Translations.text(
                    "voting.count.stopped", Moments.moment(count.startedAt()), count.failure())));
            return box;
        }
        box.getElement().setAttribute("role", "status");
        box.getElement().setAttribute("aria-live", "polite");
        ProgressBar bar = new ProgressBar(0, 1, count.spentShare());
        bar.setId("count-progress-bar");
        bar.setMaxWidth("36em");
        bar.getElement().setAttribute("aria-label", Translations.text("voting.count.barLabel"));
        java.util.Locale locale = Translations.current();
        Paragraph said = new Paragraph(count.rounds() == 0 ? Translations.text("voting.count.started")
                : Translations.text("voting.count.rounds", count.rounds(), String.format(locale, "%,d", count.rounds()),
                        Moments.money(count.spentPence()), Moments.money(count.budgetPence())));
        said.setId("count-progress-text");
        box.add(new H2(Translations.text(recount ? "voting.count.headingAgain" : "voting.count.heading")), said, bar,
                new Paragraph(Translations.text("voting.count.since", UkTime.clock(count.startedAt()),
                        UkTime.clock(count.updatedAt()))));
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
            Paragraph none = new Paragraph(Translations.text("voting.certify.noneFunded"));
            none.setId("certify-funded");
            return none;
        }
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        list.setId("certify-funded");
        funded.forEach(line -> list.add(new com.vaadin.flow.component.html.ListItem(Translations.text(
                "voting.certify.fundedLine", line.title(), Moments.money(line.costPence()), votesText(line.votes())))));
        return list;
    }

    static String votesText(int votes) {
        return votes == 1 ? Translations.text("results.votesOne") : Translations.text("results.votesMany", String.valueOf(votes));
    }

    private static DescriptionList facts(VoteReport report) {
        DescriptionList facts = new DescriptionList();
        facts.setId("certify-facts");
        fact(facts, Translations.text("voting.certify.fact.rule"), TallyRuleText.rule(report.settings()));
        fact(facts, Translations.text("voting.certify.fact.utility"), TallyRuleText.utility(report.settings()));
        fact(facts, Translations.text("voting.certify.fact.completion"), TallyRuleText.completion(report.settings()));
        fact(facts, Translations.text("voting.certify.fact.ties"), TallyRuleText.tieBreak(report.settings()));
        fact(facts, Translations.text("voting.certify.fact.budget"), Moments.money(report.budgetPence()));
        fact(facts, Translations.text("voting.certify.fact.used"), Translations.text("voting.certify.fact.usedValue",
                Moments.money(report.usedPence()), Moments.money(report.leftPence())));
        fact(facts, Translations.text("voting.certify.fact.online"), String.valueOf(report.onlineVoters()));
        fact(facts, Translations.text("voting.certify.fact.paper"), String.valueOf(report.paperVoters()));
        fact(facts, Translations.text("voting.certify.fact.turnout"), Translations.text("voting.certify.fact.turnoutValue",
                report.turnout(), String.valueOf(report.turnout())));
        String stored = String.valueOf(report.ballotsStored());
        fact(facts, Translations.text("voting.certify.fact.stored"), report.ballotsStored() == report.turnout() ? stored
                : Translations.text("voting.certify.fact.storedMismatch", stored));
        return facts;
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    void decide(boolean correct) {
        problem.setVisible(false);
        try {
            votes.decideResult(journeyId, taskId, correct, note.getValue(), currentUser.require());
            Notification.show(getTranslation(correct ? "voting.certify.certified" : "voting.certify.countingAgain"),
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journeyId));
        } catch (RuntimeException refused) {
            problem.setText(Translations.explain(refused));
            problem.setVisible(true);
        }
    }
}
