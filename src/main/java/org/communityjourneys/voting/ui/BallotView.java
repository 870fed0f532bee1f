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
import com.vaadin.flow.router.PageTitle;
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
import org.communityjourneys.shared.domain.UkTime;
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
@PageTitle("Vote | Community Journeys")
@PermitAll
public class BallotView extends Main implements BeforeEnterObserver {

    private final JourneyService journeys;
    private final IdeaService ideas;
    private final VoteService votes;
    private final CurrentUser currentUser;
    final Div problem = new Div();
    final Button cast = new Button("Cast my vote");
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
            add(new H1("Vote"), new Paragraph("There is no such journey."));
            return;
        }
        journey = found.get();
        add(new H1("Vote: " + journey.getTitle()));
        if (votes.isClosed(journey.getId())) {
            add(new Paragraph("The vote has closed."));
            Anchor download = new Anchor("journeys/" + journey.getId() + "/ballots.pb", "Download the anonymous ballots (.pb)");
            download.setId("download-ballots");
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
            add(download);
            return;
        }
        if (!votes.isOpen(journey.getId())) {
            Paragraph notYet = new Paragraph(journey.getVoteOpensAt() == null ? "The vote is not open yet."
                    : "The vote is not open yet: it opens at " + UkTime.deadline(journey.getVoteOpensAt(), Instant.now())
                    + " (UK time). Come back then to vote.");
            notYet.setId("vote-not-open");
            add(notYet);
            return;
        }
        String resident = currentUser.require();
        if (votes.hasVoted(journey.getId(), resident)) {
            add(new Paragraph("You have already voted in this journey. Thank you."));
            return;
        }
        List<Idea> onBallot = ideas.shortlist(journey.getId()).stream().map(ideas::get).toList();
        form = new BallotForm(journey.getBallotSettings(), journey.getBudgetPence(), onBallot, true);
        add(form, problem, cast, receipt);
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
        Optional<String> wrong = votes.problemWith(journey.getId(), choice);
        if (wrong.isPresent()) {
            showProblem(wrong.get());
            return;
        }
        confirmation = new Dialog();
        confirmation.setHeaderTitle("Cast this vote?");
        UnorderedList list = new UnorderedList();
        form.summary().forEach(line -> list.add(new ListItem(line)));
        Button yes = new Button("Yes, cast my vote", event -> castVote(choice));
        yes.setId("confirm-vote");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button("Change my choices", event -> confirmation.close());
        no.setId("change-vote");
        confirmation.add(list, new Paragraph("You cannot change your vote once it is cast."));
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
            receipt.add(new H2("Thank you: your vote is cast"),
                    new Paragraph("Your receipt code is shown only this once. Write it down: with it you can find your "
                            + "ballot in the published ballots, and nobody can tell from it who you are."), shown);
            UnorderedList yours = new UnorderedList();
            yours.setId("cast-choices");
            chosen.forEach(line -> yours.add(new ListItem(line)));
            receipt.add(new Paragraph("You voted for the following. This is shown only now: your ballot is sealed and "
                    + "nothing links it to you, so neither you nor anyone else can look it up later."), yours);
            // a way on from the receipt (and something to reach with the keyboard on a long page)
            Anchor back = new Anchor("journeys/" + journey.getId(), "Back to the journey");
            back.setId("receipt-back");
            receipt.add(new Paragraph(back));
            receipt.setVisible(true);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            showProblem(refused.getMessage());
        }
    }
}
