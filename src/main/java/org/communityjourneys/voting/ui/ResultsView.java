package org.communityjourneys.voting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.voting.domain.ReceiptCheck;
import org.communityjourneys.voting.domain.VoteReport;
import org.communityjourneys.voting.service.VoteService;

/**
 * The published result of a journey's vote, for everyone: a bar chart of the votes per idea
 * (drawn with plain elements, every number also written out), which ideas are funded and why the
 * others are not, the budget used, the turnout, the rule in plain English, the anonymous ballots
 * to download, and a check that a receipt code's ballot is in the published set.
 */
@Route("journeys/:journeyId/results")
@PageTitle("Vote results | Community Journeys")
@AnonymousAllowed
public class ResultsView extends Main implements BeforeEnterObserver {

    private final VoteService votes;
    final TextField receipt = new TextField("Your receipt code");
    final Button check = new Button("Check my ballot");
    final Div receiptAnswer = new Div();
    private UUID journeyId;

    public ResultsView(VoteService votes) {
        this.votes = votes;
        addClassNames("page", "vote-results");
        receipt.setId("receipt-input");
        receipt.setMaxLength(40);
        receipt.setHelperText("As shown when you voted, e.g. ABCD-EFGH-JKMN. Dashes and spaces do not matter.");
        receipt.addKeyPressListener(Key.ENTER, event -> checkReceipt());
        check.setId("check-receipt");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(event -> checkReceipt());
        receiptAnswer.setId("receipt-answer");
        receiptAnswer.getElement().setAttribute("role", "status");
        receiptAnswer.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        receiptAnswer.removeAll();
        receipt.clear();
        journeyId = event.getRouteParameters().get("journeyId").flatMap(ResultsView::uuid).orElse(null);
        Optional<VoteReport> found = journeyId == null ? Optional.empty() : votes.report(journeyId);
        if (found.isEmpty() || found.get().publishedAt() == null) {
            Paragraph notYet = new Paragraph("The results are published here once the vote has closed and a "
                    + "facilitator has certified the count.");
            notYet.setId("results-not-published");
            add(new H1("Vote results"), notYet);
            return;
        }
        VoteReport report = found.get();
        add(new H1("Vote results: " + report.journeyTitle()), summary(report), chart(report), rule(report),
                receiptCheck());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private DescriptionList summary(VoteReport report) {
        DescriptionList facts = new DescriptionList();
        facts.setId("results-summary");
        fact(facts, "Funded", report.funded().size() == 1 ? "1 idea" : report.funded().size() + " ideas");
        fact(facts, "Budget used", Money.format(report.usedPence()) + " of " + Money.format(report.budgetPence())
                + " (" + Money.format(report.leftPence()) + " left)");
        fact(facts, "Turnout", (report.turnout() == 1 ? "1 resident voted" : report.turnout() + " residents voted")
                + ": " + report.onlineVoters() + " online, " + report.paperVoters() + " on paper");
        return facts;
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    /** A horizontal bar chart as a list: each bar is decoration; its numbers are in the text beside it. */
    private Section chart(VoteReport report) {
        H2 heading = new H2("Votes per idea");
        heading.setId("results-chart-heading");
        UnorderedList bars = new UnorderedList();
        bars.setId("results-chart");
        bars.addClassName("results-chart");
        bars.getElement().setAttribute("aria-labelledby", "results-chart-heading");
        bars.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
        int most = Math.max(1, report.mostVotes());
        for (VoteReport.Line line : report.lines()) {
            ListItem item = new ListItem();
            item.setId("result-" + line.ideaId());
            item.addClassName(line.funded() ? "result-funded" : "result-not-funded");
            item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            Span title = new Span(line.title());
            title.getStyle().set("font-weight", "600").set("display", "block");
            Div track = new Div();
            track.getElement().setAttribute("aria-hidden", "true");
            track.getStyle().set("background", "var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("height", "1.25rem").set("width", "100%");
            Div bar = new Div();
            bar.addClassName("result-bar");
            bar.getStyle().set("height", "100%").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("width", (line.votes() * 100.0 / most) + "%")
                    .set("background", line.funded() ? "var(--lumo-success-color)" : "var(--lumo-contrast-50pct)");
            track.add(bar);
            Span numbers = new Span(CertifyResultView.votesText(line.votes()) + ", costs " + Money.format(line.costPence()));
            numbers.addClassName("result-numbers");
            Span outcome = new Span(line.funded() ? "Funded" : "Not funded: " + line.whyNotFunded());
            outcome.addClassName("result-outcome");
            outcome.getElement().setAttribute("theme", line.funded() ? "badge success" : "badge contrast");
            Div text = new Div(numbers, new Span(" "), outcome);
            item.add(title, track, text);
            bars.add(item);
        }
        return new Section(heading, bars);
    }

    private Section rule(VoteReport report) {
        Paragraph explained = new Paragraph(TallyRuleText.explain(report.settings()));
        explained.setId("results-rule");
        Anchor download = new Anchor("journeys/" + journeyId + "/ballots.pb", "Download the anonymous ballots (.pb)");
        download.setId("results-download-ballots");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        Paragraph recount = new Paragraph("Anyone can count the ballots again from this file, in the pabulib format "
                + "used for participatory budgeting research.");
        return new Section(new H2("How the votes were counted: " + TallyRuleText.rule(report.settings())), explained,
                download, recount);
    }

    private Section receiptCheck() {
        Paragraph intro = new Paragraph("When you voted you were shown a receipt code. Enter it to see that your "
                + "ballot is in the published ballots and was counted. Nobody can tell from the code who you are, and "
                + "the check does not show what your ballot chose, so nobody can make you prove how you voted.");
        Div row = new Div(receipt, check);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return new Section(new H2("Check your ballot"), intro, row, receiptAnswer);
    }

    void checkReceipt() {
        receiptAnswer.removeAll();
        String code = receipt.getValue() == null ? "" : receipt.getValue().trim();
        if (code.isEmpty()) {
            receiptAnswer.add(new Paragraph("Enter the receipt code you were shown when you voted."));
            return;
        }
        ReceiptCheck found = votes.checkReceipt(journeyId, code);
        Paragraph answer = switch (found) {
            case NOT_FOUND -> new Paragraph("No ballot in this vote has the receipt code " + code + ". Check the code "
                    + "as it was shown when you voted; if it is right, tell the facilitator of this journey.");
            case SEALED -> new Paragraph("Your ballot is in the ballot box, sealed; it is counted when the vote closes.");
            case IN_BALLOT_BOX -> new Paragraph("Your ballot is in the ballot box; the count is being checked and the "
                    + "ballots are published when it is certified.");
            case PUBLISHED_AND_COUNTED -> new Paragraph("Your ballot is in the published set and was counted.");
        };
        answer.setId(found.found() ? "receipt-found" : "receipt-not-found");
        receiptAnswer.add(answer);
    }
}
