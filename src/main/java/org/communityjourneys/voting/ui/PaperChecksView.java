package org.communityjourneys.voting.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.PaperCheck;
import org.communityjourneys.voting.domain.PaperEntry;
import org.communityjourneys.voting.domain.VoidedPaperEntry;
import org.communityjourneys.voting.service.PaperEntryChecks;
import org.communityjourneys.voting.service.VoteService;

/**
 * Four eyes on the paper ballots: a second facilitator compares each paper entry of the sample
 * drawn at close with its paper ("Matches the paper"), and voids a wrong entry with a reason
 * (any entry, by its paper ballot number, until the count is certified). The page shows what was
 * entered and by whom, never the person it was entered for.
 */
@Route("journeys/:journeyId/paper-checks")
@RolesAllowed(Role.Names.FACILITATOR)
public class PaperChecksView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final JourneyService journeys;
    private final IdeaService ideas;
    private final VoteService votes;
    private final PaperEntryChecks checks;
    private final CurrentUser currentUser;
    final Paragraph status = new Paragraph();
    final Div sampleList = new Div();
    final Div message = new Div();
    final TextField voidNumber = new TextField(getTranslation("voting.paperNumber"));
    final Button find = new Button(getTranslation("voting.checks.find"));
    final Div found = new Div();
    final TextArea reason = new TextArea(getTranslation("voting.checks.reason"));
    final Checkbox enterAgain = new Checkbox(getTranslation("voting.checks.enterAgain"));
    final Div correctionArea = new Div();
    BallotForm correction;
    final Button voidEntry = new Button(getTranslation("voting.checks.void"));
    final Div voidMessage = new Div();
    final Div voidedList = new Div();
    private Journey journey;

    public PaperChecksView(JourneyService journeys, IdeaService ideas, VoteService votes, PaperEntryChecks checks,
            CurrentUser currentUser) {
        this.journeys = journeys;
        this.ideas = ideas;
        this.votes = votes;
        this.checks = checks;
        this.currentUser = currentUser;
        addClassNames("page", "paper-checks");
        status.setId("paper-check-status");
        sampleList.setId("paper-sample");
        message.setId("paper-check-message");
        message.getElement().setAttribute("role", "status");
        voidNumber.setId("void-paper-number");
        voidNumber.setMaxLength(40);
        find.setId("find-paper-entry");
        find.addClickListener(event -> showEntry());
        find.addClickShortcut(Key.ENTER).listenOn(voidNumber);
        found.setId("paper-entry-found");
        reason.setId("void-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.getStyle().set("max-width", "40rem");
        reason.setHelperText(getTranslation("voting.checks.reasonHelper"));
        enterAgain.setId("enter-paper-again");
        enterAgain.addValueChangeListener(event -> correctionArea.setVisible(event.getValue()));
        correctionArea.setId("paper-correction");
        correctionArea.setVisible(false);
        voidEntry.setId("void-paper-entry");
        voidEntry.addThemeVariants(ButtonVariant.LUMO_ERROR);
        voidEntry.addClickListener(event -> voidIt());
        voidMessage.setId("void-message");
        voidMessage.getElement().setAttribute("role", "status");
        voidedList.setId("voided-paper-entries");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("voting.checks.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Journey> chosen = event.getRouteParameters().get("journeyId").flatMap(PaperChecksView::uuid)
                .flatMap(journeys::find);
        if (chosen.isEmpty()) {
            add(new H1(getTranslation("voting.checks.title")), new Paragraph(getTranslation("voting.noSuchJourney")));
            return;
        }
        journey = chosen.get();
        add(new H1(getTranslation("voting.checks.heading", journey.getTitle())));
        if (votes.window(journey.getId()).isEmpty()) {
            add(new Paragraph(getTranslation("voting.refused.notOpenedYet")));
            return;
        }
        if (votes.ballotsArePublished(journey.getId())) {
            add(new Paragraph(getTranslation("voting.refused.certified")));
            showVoided();
            add(new H2(getTranslation("voting.checks.voidedHeading")), voidedList);
            return;
        }
        add(new Paragraph(getTranslation("voting.checks.intro")), status, message,
                new H2(getTranslation("voting.checks.sampleHeading")), sampleList,
                new H2(getTranslation("voting.checks.voidHeading")),
                new Paragraph(getTranslation("voting.checks.voidIntro")),
                voidNumber, find, found, reason, enterAgain, correctionArea, voidEntry, voidMessage,
                new H2(getTranslation("voting.checks.voidedHeading")), voidedList);
        newCorrection();
        showSample();
        showVoided();
    }

    private void newCorrection() {
        correction = new BallotForm(journey.getBallotSettings(), journey.getBudgetPence(),
                ideas.shortlist(journey.getId()).stream().map(ideas::get).toList());
        correctionArea.removeAll();
        correctionArea.add(correction);
        enterAgain.setValue(false);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void showSample() {
        List<PaperCheck> sample = checks.sample(journey.getId());
        long waiting = sample.stream().filter(PaperCheck::isWaiting).count();
        sampleList.removeAll();
        if (votes.isOpen(journey.getId())) {
            status.setText(getTranslation("voting.checks.statusOpen"));
            return;
        }
        if (sample.isEmpty()) {
            status.setText(getTranslation("voting.checks.statusNothing"));
            return;
        }
        status.setText(waiting == 0
                ? getTranslation("voting.checks.statusDone")
                : getTranslation("voting.checks.statusWaiting", String.valueOf(sample.size() - waiting),
                        String.valueOf(sample.size()), String.valueOf(waiting)));
        for (PaperCheck check : sample) {
            sampleList.add(card(check));
        }
    }

    private Div card(PaperCheck check) {
        Div card = new Div();
        card.addClassName("paper-check");
        card.setId("paper-check-" + idPart(check.paperNumber()));
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("max-width", "40rem");
        card.add(new H3(getTranslation("voting.checks.paper", check.paperNumber())));
        card.add(new Paragraph(getTranslation("voting.checks.enteredBy", check.enteredBy()) + " " + switch (check.outcome()) {
            case WAITING -> getTranslation("voting.checks.waiting");
            case MATCHES -> getTranslation("voting.checks.matched", check.checkedBy(), Moments.moment(check.checkedAt()));
            case VOIDED -> getTranslation("voting.checks.voidedBy", check.checkedBy(), Moments.moment(check.checkedAt()));
        }));
        if (check.isWaiting()) {
            checks.entry(journey.getId(), check.paperNumber()).ifPresent(entry -> card.add(entered(entry)));
            Button matches = new Button(getTranslation("voting.checks.matches"), event -> confirm(check.paperNumber()));
            matches.setId("confirm-paper-" + idPart(check.paperNumber()));
            matches.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button wrong = new Button(getTranslation("voting.checks.doesNotMatch"), event -> {
                voidNumber.setValue(check.paperNumber());
                showEntry();
                reason.focus();
            });
            wrong.setId("wrong-paper-" + idPart(check.paperNumber()));
            Div actions = new Div(matches, wrong);
            actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
            card.add(actions);
        }
        return card;
    }

    /** A paper ballot number as part of an element id (which has no spaces). */
    static String idPart(String paperNumber) {
        return paperNumber.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** What was entered for a paper, in the ballot's own terms. */
    private com.vaadin.flow.component.Component entered(PaperEntry entry) {
        if (entry.choice().isEmpty()) {
            return new Paragraph(getTranslation("voting.checks.cannotShow"));
        }
        BallotChoice choice = entry.choice().get();
        Div entered = new Div(new Paragraph(getTranslation("voting.checks.whatEntered")));
        entered.addClassName("paper-entry");
        if (choice.ideas().isEmpty()) {
            entered.add(new Paragraph(getTranslation("voting.checks.noIdea")));
            return entered;
        }
        boolean ranked = journey.getBallotSettings().format() == BallotFormat.RANKED;
        com.vaadin.flow.component.HtmlContainer list = ranked ? new OrderedList() : new UnorderedList();
        for (int i = 0; i < choice.ideas().size(); i++) {
            String title = votes.titleOf(choice.ideas().get(i));
            list.add(new ListItem(choice.hasPoints() ? getTranslation("voting.checks.points", title, choice.points().get(i),
                    String.valueOf(choice.points().get(i))) : title));
        }
        entered.add(list);
        return entered;
    }

    void confirm(String paperNumber) {
        try {
            checks.confirm(journey.getId(), paperNumber, currentUser.require());
            say(message, getTranslation("voting.checks.confirmed", paperNumber), false);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            say(message, Translations.explain(refused), true);
        }
        showSample();
    }

    void showEntry() {
        found.removeAll();
        try {
            Optional<PaperEntry> entry = checks.entry(journey.getId(), voidNumber.getValue());
            if (entry.isEmpty()) {
                found.add(new Paragraph(getTranslation("voting.refused.noEntry", voidNumber.getValue().trim())));
                return;
            }
            found.add(new Paragraph(getTranslation("voting.checks.found", entry.get().paperNumber(), entry.get().enteredBy(),
                    Moments.moment(entry.get().enteredAt()))), entered(entry.get()));
        } catch (IllegalArgumentException refused) {
            found.add(new Paragraph(Translations.explain(refused)));
        }
    }

    void voidIt() {
        String number = voidNumber.getValue().trim();
        try {
            if (enterAgain.getValue()) {
                checks.correctEntry(journey.getId(), number, reason.getValue(), correction.choice(), currentUser.require());
                say(voidMessage, getTranslation("voting.checks.enteredAgain", number), false);
            } else {
                checks.voidEntry(journey.getId(), number, reason.getValue(), currentUser.require());
                say(voidMessage, getTranslation("voting.checks.voided", number), false);
            }
            voidNumber.clear();
            reason.clear();
            found.removeAll();
            newCorrection();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            say(voidMessage, Translations.explain(refused), true);
        }
        showSample();
        showVoided();
    }

    private static void say(Div where, String text, boolean problem) {
        where.setText(text);
        if (problem) {
            where.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            where.getStyle().remove("color");
        }
    }

    private void showVoided() {
        voidedList.removeAll();
        List<VoidedPaperEntry> voided = checks.voided(journey.getId());
        if (voided.isEmpty()) {
            voidedList.add(new Paragraph(getTranslation("voting.checks.noneVoided")));
            return;
        }
        UnorderedList list = new UnorderedList();
        voided.forEach(entry -> list.add(new ListItem(getTranslation("voting.checks.voidedLine", entry.paperNumber(),
                entry.enteredBy(), entry.voidedBy(), Moments.moment(entry.voidedAt()), entry.reason()))));
        voidedList.add(list);
    }

    /** A link to this page, for the paper ballots and certification pages. */
    static Anchor link(UUID journeyId) {
        Anchor link = new Anchor("journeys/" + journeyId + "/paper-checks", Translations.text("voting.checks.link"));
        link.setId("paper-checks-link");
        return link;
    }
}
