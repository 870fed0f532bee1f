package org.communityjourneys.voting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.identity.service.RegistrationProblems;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.voting.domain.PaperVoter;
import org.communityjourneys.voting.domain.VotingChannel;
import org.communityjourneys.voting.service.PaperVoting;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.shared.ui.BritishDates;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/**
 * A facilitator runs an open vote: enters paper ballots (who voted, found by name, postcode or
 * e-mail or taken down as a person without an account; the paper ballot number; the choices on it)
 * one after another from the keyboard, with a running count, and, when needed, moves the closing
 * time later.
 */
@Route("journeys/:journeyId/paper-ballots")
@RolesAllowed(Role.Names.FACILITATOR)
public class PaperBallotsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final JourneyService journeys;
    private final IdeaService ideas;
    private final VoteService votes;
    private final CurrentUser currentUser;
    private final PaperVoting paperVoting;
    private final WardDirectory wards;
    PaperVoterPicker picker;
    final Paragraph count = new Paragraph();
    /** Holds the ballot form, which is made afresh for each paper; Enter inside it saves. */
    final Div ballotArea = new Div();
    final TextField paperNumber = new TextField(getTranslation("voting.paperNumber"));
    final Button enter = new Button(getTranslation("voting.paper.enter"));
    final Div message = new Div();
    final DateTimePicker newCloseAt = BritishDates.dateTimePicker(getTranslation("voting.paper.newCloseAt"));
    final Button extend = new Button(getTranslation("voting.paper.extend"));
    final Paragraph closesAt = new Paragraph();
    final Div extendMessage = new Div();
    BallotForm form;
    private Journey journey;
    private List<Idea> onBallot = List.of();

    public PaperBallotsView(JourneyService journeys, IdeaService ideas, VoteService votes, CurrentUser currentUser,
            PaperVoting paperVoting, WardDirectory wards) {
        this.paperVoting = paperVoting;
        this.wards = wards;
        this.journeys = journeys;
        this.ideas = ideas;
        this.votes = votes;
        this.currentUser = currentUser;
        addClassNames("page", "paper-ballots");
        count.setId("paper-count");
        paperNumber.setId("paper-number");
        paperNumber.setRequiredIndicatorVisible(true);
        paperNumber.setMaxLength(40);
        message.setId("paper-message");
        message.getElement().setAttribute("role", "status");
        enter.setId("enter-paper-ballot");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClickListener(event -> enter());
        // Enter in the paper number or on the ballot saves, as the button does (Space ticks a choice)
        enter.addClickShortcut(Key.ENTER).listenOn(paperNumber, ballotArea).resetFocusOnActiveElement();
        newCloseAt.setId("extend-close-at");
        newCloseAt.setStep(Duration.ofMinutes(15));
        // the date and the time side by side are wider than a 360 px phone otherwise
        newCloseAt.setWidthFull();
        newCloseAt.getStyle().set("max-width", "28em");
        newCloseAt.setHelperText(getTranslation("voting.paper.newCloseAtHelper"));
        closesAt.setId("vote-closes-at-now");
        extendMessage.setId("extend-message");
        extendMessage.getElement().setAttribute("role", "status");
        extend.setId("extend-close");
        extend.addClickListener(event -> extendClose());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("voting.paper.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Journey> found = event.getRouteParameters().get("journeyId").flatMap(PaperBallotsView::uuid)
                .flatMap(journeys::find);
        if (found.isEmpty()) {
            add(new H1(getTranslation("voting.paper.title")), new Paragraph(getTranslation("voting.noSuchJourney")));
            return;
        }
        journey = found.get();
        add(new H1(getTranslation("voting.paper.heading", journey.getTitle())));
        if (!votes.isOpen(journey.getId())) {
            add(new Paragraph(getTranslation("voting.paper.whileOpen")), new Paragraph(PaperChecksView.link(journey.getId())));
            return;
        }
        onBallot = ideas.shortlist(journey.getId()).stream().map(ideas::get).toList();
        form = new BallotForm(journey.getBallotSettings(), journey.getBudgetPence(), onBallot);
        List<Ward> voteWards = journey.getWardCodes().stream().sorted().map(wards::find).flatMap(Optional::stream).toList();
        picker = new PaperVoterPicker(paperVoting, journey.getId(), voteWards, !journey.getVoterAgeBands().isEmpty());
        showCount();
        ballotArea.removeAll();
        ballotArea.add(form);
        add(count, message, picker, paperNumber, ballotArea, enter, new Paragraph(PaperChecksView.link(journey.getId())));
        showClosingTime();
        add(new H2(getTranslation("voting.paper.closingHeading")), closesAt, newCloseAt, extend, extendMessage);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private void showClosingTime() {
        closesAt.setText(getTranslation("voting.paper.closesAt", Moments.moment(journey.getVoteClosesAt())));
    }

    void extendClose() {
        try {
            if (newCloseAt.getValue() == null) {
                throw Refused.input("voting.refused.noCloseTime");
            }
            votes.extendClose(journey.getId(), newCloseAt.getValue().atZone(UK_TIME).toInstant(), currentUser.require());
            journey = journeys.get(journey.getId());
            showClosingTime();
            extendMessage.setText(getTranslation("voting.paper.closesNow", Moments.moment(journey.getVoteClosesAt())));
            extendMessage.getStyle().remove("color");
            newCloseAt.clear();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            extendMessage.setText(Translations.explain(refused));
            extendMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    private void showCount() {
        long onPaper = votes.turnout(journey.getId(), VotingChannel.PAPER);
        long all = votes.turnout(journey.getId());
        count.setText(getTranslation("voting.paper.count", onPaper, String.valueOf(onPaper), all, String.valueOf(all)));
    }

    void enter() {
        try {
            String who = picker.who();
            if (picker.isNewPerson()) {
                paperVoting.enterForNewPerson(journey.getId(), picker.person(), paperNumber.getValue(), form.choice(),
                        currentUser.require());
            } else {
                String username = picker.chosen().map(PaperVoter::username).orElseThrow(
                        () -> Refused.input("voting.refused.findWhoVoted"));
                votes.castOnPaper(journey.getId(), username, paperNumber.getValue(), form.choice(), currentUser.require());
            }
            message.setText(getTranslation("voting.paper.entered", paperNumber.getValue().trim(), who));
            message.getStyle().remove("color");
            paperNumber.clear();
            paperNumber.setInvalid(false);
            form = new BallotForm(journey.getBallotSettings(), journey.getBudgetPence(), onBallot);
            ballotArea.removeAll();
            ballotArea.add(form);
            showCount();
            picker.clear();
        } catch (RegistrationProblems problems) {
            picker.show(problems);
            message.setText(Translations.explain(problems));
            message.getStyle().set("color", "var(--lumo-error-text-color)");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            message.setText(Translations.explain(refused));
            message.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }
}
