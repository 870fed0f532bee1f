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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/**
 * The facilitator's shortlist screen for the task "Confirm shortlist": each idea with every
 * eligibility check's result and reason, the rules' suggestion, and the facilitator's choice with
 * the reason its author will see. Confirming completes the task (opened with {@code ?task=}).
 */
@TaskScreen(IdeaService.SHORTLIST_SCREEN)
@Route("journeys/:journeyId/shortlist")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class ShortlistView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The two choices' values (their English labels); each is shown in the reader's language. */
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

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("shortlist.pageTitle"));
    }

    private void render() {
        removeAll();
        choices.clear();
        reasons.clear();
        add(new H1(getTranslation("shortlist.heading", journey.getTitle())),
                new Anchor("journeys/" + journey.getId() + "/ideas", getTranslation("shortlist.allIdeas")));
        if (ideas.isWindowOpen(journey.getId())) {
            add(new Paragraph(getTranslation("shortlist.windowOpen")));
            return;
        }
        if (ideas.isShortlistConfirmed(journey.getId())) {
            Paragraph done = new Paragraph(getTranslation("shortlist.confirmedCount",
                    ideas.shortlist(journey.getId()).size()));
            done.setId("shortlist-confirmed");
            add(done);
            return;
        }
        add(new Paragraph(getTranslation("shortlist.intro")));
        List<Idea> waiting = ideas.forJourney(journey.getId()).stream()
                .filter(Idea::isInPlay).filter(Idea::awaitsShortlist).toList();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("shortlist.noneWaiting")));
        }
        waiting.forEach(idea -> add(card(idea)));
        Button confirm = new Button(getTranslation("shortlist.confirm"), click -> confirm());
        confirm.setId("confirm-shortlist");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (taskId == null) {
            add(new Paragraph(getTranslation("shortlist.openFromTasks")));
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
        card.add(new Span(Moments.money(idea.getEstimatedCostPence()) + " · " + JourneyIdeasView.themeLabel(idea.getTheme())
                + " · " + JourneyIdeasView.supportersIn(ideas.supportCount(idea.getId()))));
        UnorderedList checks = new UnorderedList();
        checks.addClassName("eligibility-checks");
        for (EligibilityCheck check : idea.getChecks()) {
            ListItem item = new ListItem(getTranslation(check.passed() ? "shortlist.checkPassed" : "shortlist.checkFailed",
                    check.check(), check.reason()));
            item.addClassName(check.passed() ? "check-passed" : "check-failed");
            checks.add(item);
        }
        if (idea.getChecks().isEmpty()) {
            checks.add(new ListItem(getTranslation("shortlist.notScreened", idea.getEligibilityReason() == null
                    ? getTranslation("shortlist.noResult") : idea.getEligibilityReason())));
        }
        card.add(checks);
        boolean suggested = idea.suggestedForShortlist();
        Paragraph suggestion = new Paragraph(getTranslation(suggested ? "shortlist.suggestInclude" : "shortlist.suggestLeaveOut"));
        suggestion.addClassName("shortlist-suggestion");
        card.add(suggestion);

        RadioButtonGroup<String> choice = new RadioButtonGroup<>(getTranslation("shortlist.decision"));
        choice.setId("choice-" + idea.getId());
        choice.setItems(INCLUDE, LEAVE_OUT);
        choice.setItemLabelGenerator(value -> getTranslation(INCLUDE.equals(value) ? "shortlist.include" : "shortlist.leaveOut"));
        choice.setValue(suggested ? INCLUDE : LEAVE_OUT);
        choice.setRequired(true);
        TextArea reason = new TextArea(getTranslation("shortlist.reason"));
        reason.setId("reason-" + idea.getId());
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation(suggested ? "shortlist.reasonOptionalInclude" : "shortlist.reasonOptional"));
        choice.addValueChangeListener(change -> {
            boolean against = INCLUDE.equals(change.getValue()) != suggested;
            reason.setRequiredIndicatorVisible(against);
            reason.setHelperText(getTranslation(against ? "shortlist.reasonNeeded" : "shortlist.reasonOptional"));
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
            Notification.show(getTranslation("shortlist.confirmed"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journey.getId()));
        } catch (RuntimeException e) {
            Notification.show(Translations.explain(e), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
