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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
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
@AnonymousAllowed
public class ResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final VoteService votes;
    final TextField receipt = new TextField(getTranslation("results.receiptLabel"));
    final Button check = new Button(getTranslation("results.check"));
    final Div receiptAnswer = new Div();
    private UUID journeyId;

    public ResultsView(VoteService votes) {
        this.votes = votes;
        addClassNames("page", "vote-results");
        receipt.setId("receipt-input");
        receipt.setMaxLength(40);
        receipt.setHelperText(getTranslation("results.receiptHelper"));
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
            Paragraph notYet = new Paragraph(getTranslation("results.notPublished"));
            notYet.setId("results-not-published");
            add(new H1(getTranslation("results.heading")), notYet);
            return;
        }
        VoteReport report = found.get();
        add(new H1(getTranslation("results.headingFor", report.journeyTitle())), summary(report), chart(report), rule(report),
                receiptCheck());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("results.pageTitle"));
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
        fact(facts, getTranslation("results.funded"), report.funded().size() == 1 ? getTranslation("results.fundedOne")
                : getTranslation("results.fundedMany", String.valueOf(report.funded().size())));
        fact(facts, getTranslation("results.budgetUsed"), getTranslation("results.budgetUsedValue", Moments.money(report.usedPence()),
                Moments.money(report.budgetPence()), Moments.money(report.leftPence())));
        String online = String.valueOf(report.onlineVoters());
        String paper = String.valueOf(report.paperVoters());
        fact(facts, getTranslation("results.turnout"), report.turnout() == 1 ? getTranslation("results.turnoutOne", online, paper)
                : getTranslation("results.turnoutMany", String.valueOf(report.turnout()), online, paper));
        return facts;
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    /** A horizontal bar chart as a list: each bar is decoration; its numbers are in the text beside it. */
    private Section chart(VoteReport report) {
        H2 heading = new H2(getTranslation("results.chartHeading"));
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
            Span numbers = new Span(getTranslation("results.numbers", CertifyResultView.votesText(line.votes()), Moments.money(line.costPence())));
            numbers.addClassName("result-numbers");
            Span outcome = new Span(line.funded() ? getTranslation("results.outcomeFunded") : getTranslation("results.notFunded", line.whyNotFunded().in(Translations.current())));
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
        Anchor download = new Anchor("journeys/" + journeyId + "/ballots.pb", getTranslation("results.download"));
        download.setId("results-download-ballots");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        Paragraph recount = new Paragraph(getTranslation("results.recount"));
        return new Section(new H2(getTranslation("results.countedHow", TallyRuleText.rule(report.settings()))), explained,
                download, recount);
    }

    private Section receiptCheck() {
        Paragraph intro = new Paragraph(getTranslation("results.receiptIntro"));
        Div row = new Div(receipt, check);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return new Section(new H2(getTranslation("results.checkHeading")), intro, row, receiptAnswer);
    }

    void checkReceipt() {
        receiptAnswer.removeAll();
        String code = receipt.getValue() == null ? "" : receipt.getValue().trim();
        if (code.isEmpty()) {
            receiptAnswer.add(new Paragraph(getTranslation("results.enterCode")));
            return;
        }
        ReceiptCheck found = votes.checkReceipt(journeyId, code);
        Paragraph answer = switch (found) {
            case NOT_FOUND -> new Paragraph(getTranslation("results.notFound", code));
            case SEALED -> new Paragraph(getTranslation("results.sealed"));
            case IN_BALLOT_BOX -> new Paragraph(getTranslation("results.inBallotBox"));
            case PUBLISHED_AND_COUNTED -> new Paragraph(getTranslation("results.published"));
        };
        answer.setId(found.found() ? "receipt-found" : "receipt-not-found");
        receiptAnswer.add(answer);
    }
}
