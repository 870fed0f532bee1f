package org.communityjourneys.ideas.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.ideas.domain.EligibilityCheck;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.ShortlistChoice;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Money;

/**
 * The facilitator's shortlist screen for the task "Confirm shortlist": each idea with every
 * eligibility check's result and reason, the rules' suggestion, and the facilitator's choice with
 * the reason its author will see. Confirming completes the task (opened with {@code ?task=}).
 */
@TaskScreen(IdeaService.SHORTLIST_SCREEN)
@Route("journeys/:journeyId/shortlist")
@PageTitle("Shortlist | Community Journeys")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class ShortlistView extends Main implements BeforeEnterObserver {

    static final String INCLUDE = "Include on the ballot";
    static final String LEAVE_OUT = "Leave out";

    private final JourneyService journeys;
    private final IdeaService ideas;
    private final Map<UUID, RadioButtonGroup<String>> choices = new LinkedHashMap<>();
    private final Map<UUID, TextArea> reasons = new LinkedHashMap<>();
    private Journey journey;
    private String taskId;

    public ShortlistView(JourneyService journeys, IdeaService ideas) {
        this.journeys = journeys;
        this.ideas = ideas;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        journey = journeys.findByIdText(event.getRouteParameters().get("journeyId").orElse(null)).orElse(null);
        if (journey == null) {
            event.rerouteToError(IllegalArgumentException.class, "No such journey");
            return;
        }
        taskId = event.getLocation().getQueryParameters().getSingleParameter("task").orElse(null);
        render();
    }

    private void render() {
        removeAll();
        choices.clear();
        reasons.clear();
        add(new H1("Shortlist: " + journey.getTitle()), new Anchor("journeys/" + journey.getId() + "/ideas", "All ideas"));
        if (ideas.isWindowOpen(journey.getId())) {
            add(new Paragraph("The ideas window is still open. The shortlist comes once it closes."));
            return;
        }
        if (ideas.isShortlistConfirmed(journey.getId())) {
            Paragraph done = new Paragraph("The shortlist is confirmed: " + ideas.shortlist(journey.getId()).size()
                    + " ideas go to the vote.");
            done.setId("shortlist-confirmed");
            add(done);
            return;
        }
        add(new Paragraph("The eligibility rules have checked every idea. For each one, include it on the ballot or "
                + "leave it out. The author sees your reason. Going against the rules' suggestion needs a reason."));
        List<Idea> waiting = ideas.forJourney(journey.getId()).stream()
                .filter(Idea::isInPlay).filter(Idea::awaitsShortlist).toList();
        if (waiting.isEmpty()) {
            add(new Paragraph("No ideas are waiting for a decision. Confirming ends the journey without a vote."));
        }
        waiting.forEach(idea -> add(card(idea)));
        Button confirm = new Button("Confirm the shortlist", click -> confirm());
        confirm.setId("confirm-shortlist");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (taskId == null) {
            add(new Paragraph("Open this screen from My tasks to confirm the shortlist."));
            confirm.setEnabled(false);
        }
        add(confirm);
    }

    private Div card(Idea idea) {
        Div card = new Div();
        card.addClassName("idea-card");
        card.setId("shortlist-" + idea.getId());
        card.add(new H2(idea.getTitle()));
        card.add(new Paragraph(idea.getDescription()));
        card.add(new Span(Money.format(idea.getEstimatedCostPence()) + " · " + idea.getTheme().label() + " · "
                + JourneyIdeasView.supporters(ideas.supportCount(idea.getId()))));
        UnorderedList checks = new UnorderedList();
        checks.addClassName("eligibility-checks");
        for (EligibilityCheck check : idea.getChecks()) {
            ListItem item = new ListItem((check.passed() ? "Passed: " : "Failed: ") + check.check() + ". " + check.reason());
            item.addClassName(check.passed() ? "check-passed" : "check-failed");
            checks.add(item);
        }
        if (idea.getChecks().isEmpty()) {
            checks.add(new ListItem("Not screened: " + (idea.getEligibilityReason() == null ? "no result" : idea.getEligibilityReason())));
        }
        card.add(checks);
        boolean suggested = idea.suggestedForShortlist();
        Paragraph suggestion = new Paragraph("The rules suggest: " + (suggested ? "include it." : "leave it out."));
        suggestion.addClassName("shortlist-suggestion");
        card.add(suggestion);

        RadioButtonGroup<String> choice = new RadioButtonGroup<>("Your decision");
        choice.setId("choice-" + idea.getId());
        choice.setItems(INCLUDE, LEAVE_OUT);
        choice.setValue(suggested ? INCLUDE : LEAVE_OUT);
        choice.setRequired(true);
        TextArea reason = new TextArea("Reason the author sees");
        reason.setId("reason-" + idea.getId());
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(suggested ? "Optional when you include it." : "Optional: left blank, the author sees the rules' reason.");
        choice.addValueChangeListener(change -> {
            boolean against = INCLUDE.equals(change.getValue()) != suggested;
            reason.setRequiredIndicatorVisible(against);
            reason.setHelperText(against ? "Needed: you are going against the rules' suggestion."
                    : "Optional: left blank, the author sees the rules' reason.");
        });
        choices.put(idea.getId(), choice);
        reasons.put(idea.getId(), reason);
        card.add(choice, reason);
        return card;
    }

    private void confirm() {
        List<ShortlistChoice> picked = new ArrayList<>();
        choices.forEach((ideaId, choice) -> picked.add(new ShortlistChoice(ideaId, INCLUDE.equals(choice.getValue()),
                reasons.get(ideaId).getValue())));
        try {
            ideas.confirmShortlistOnScreen(journey.getId(), taskId, picked);
            Notification.show("The shortlist is confirmed.", 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journey.getId()));
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
