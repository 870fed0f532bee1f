package org.communityjourneys.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteService;

/**
 * The ballot of a journey, phone first: a card per shortlisted idea, a running total, a
 * confirmation, then the receipt code and the voter's own choices (shown once, on this page in
 * their session only: nothing stored links the voter to their ballot, so they cannot be shown
 * again; docs/ballot-secrecy.md). Whether the vote is open is the process's word (the vote window
 * it opened and closed), not a clock in the page.
 */
@Route("journeys/:journeyId/vote")
@PermitAll
public class BallotView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final JourneyService journeys;
    private final IdeaService ideas;
    private final VoteService votes;
    private final CurrentUser currentUser;
    final Div problem = new Div();
    final Button cast = new Button(getTranslation("ballot.cast"));
    final Div receipt = new Div();
    BallotForm form;
    Dialog confirmation;
    private Journey journey;

    public BallotView(JourneyService journeys, IdeaService ideas, VoteService votes, CurrentUser currentUser) {
        this.journeys = journeys;
        this.ideas = ideas;
        this.votes = votes;
        this.currentUser = currentUser;
        addClassNames("page", "ballot");
        problem.setId("ballot-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        receipt.setId("ballot-receipt");
        receipt.setVisible(false);
        cast.setId("cast-vote");
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cast.addClickListener(event -> confirm());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Journey> found = event.getRouteParameters().get("journeyId").flatMap(BallotView::uuid).flatMap(journeys::find);
        if (found.isEmpty()) {
            add(new H1(getTranslation("ballot.heading")), new Paragraph(getTranslation("ballot.noSuchJourney")));
            return;
        }
        journey = found.get();
        add(new H1(getTranslation("ballot.headingFor", journey.getTitle())));
        if (votes.isClosed(journey.getId())) {
            add(new Paragraph(getTranslation("ballot.closed")));
            Anchor download = new Anchor("journeys/" + journey.getId() + "/ballots.pb", getTranslation("ballot.downloadBallots"));
            download.setId("download-ballots");
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
            add(download);
            return;
        }
        if (!votes.isOpen(journey.getId())) {
            Paragraph notYet = new Paragraph(journey.getVoteOpensAt() == null ? getTranslation("ballot.notOpenYet")
                    : getTranslation("ballot.notOpenUntil", Moments.deadline(journey.getVoteOpensAt(), Instant.now())));
            notYet.setId("vote-not-open");
            add(notYet);
            return;
        }
        String resident = currentUser.require();
        if (votes.hasVoted(journey.getId(), resident)) {
            add(new Paragraph(getTranslation("ballot.alreadyVoted")));
            return;
        }
        List<Idea> onBallot = ideas.shortlist(journey.getId()).stream().map(ideas::get).toList();
        form = new BallotForm(journey.getBallotSettings(), journey.getBudgetPence(), onBallot, true);
        add(form, problem, cast, receipt);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("ballot.pageTitle"));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        problem.scrollIntoView();
    }

    void confirm() {
        problem.setVisible(false);
        BallotChoice choice = form.choice();
        Optional<Refused.Input> wrong = votes.problemWith(journey.getId(), choice);
        if (wrong.isPresent()) {
            showProblem(Translations.explain(wrong.get()));
            return;
        }
        confirmation = new Dialog();
        confirmation.setHeaderTitle(getTranslation("ballot.confirmTitle"));
        UnorderedList list = new UnorderedList();
        form.summary().forEach(line -> list.add(new ListItem(line)));
        Button yes = new Button(getTranslation("ballot.confirmYes"), event -> castVote(choice));
        yes.setId("confirm-vote");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("ballot.confirmNo"), event -> confirmation.close());
        no.setId("change-vote");
        confirmation.add(list, new Paragraph(getTranslation("ballot.cannotChange")));
        confirmation.getFooter().add(no, yes);
        confirmation.open();
    }

    void castVote(BallotChoice choice) {
        confirmation.close();
        try {
            List<String> chosen = form.summary();
            String code = votes.cast(journey.getId(), currentUser.require(), choice);
            remove(form, cast, problem);
            Span shown = new Span(code);
            shown.setId("receipt-code");
            shown.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
            receipt.add(new H2(getTranslation("ballot.thankYou")),
                    new Paragraph(getTranslation("ballot.receiptOnce")), shown);
            UnorderedList yours = new UnorderedList();
            yours.setId("cast-choices");
            chosen.forEach(line -> yours.add(new ListItem(line)));
            receipt.add(new Paragraph(getTranslation("ballot.youVotedFor")), yours);
            // a way on from the receipt (and something to reach with the keyboard on a long page)
            Anchor back = new Anchor("journeys/" + journey.getId(), getTranslation("ballot.backToJourney"));
            back.setId("receipt-back");
            receipt.add(new Paragraph(back));
            receipt.setVisible(true);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            showProblem(Translations.explain(refused));
        }
    }
}
