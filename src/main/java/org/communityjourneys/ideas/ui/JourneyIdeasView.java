package org.communityjourneys.ideas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.UUID;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/**
 * A journey's ideas: residents put ideas forward and support them while the ideas window is open
 * (the journey's process decides that, not this page); everyone sees what became of each idea.
 */
@Route("journeys/:journeyId/ideas")
@PageTitle("Ideas | Community Journeys")
@PermitAll
public class JourneyIdeasView extends Main implements BeforeEnterObserver {

    private final JourneyService journeys;
    private final IdeaService ideas;
    private final WardDirectory wards;
    private final AuthenticationContext authentication;
    private Journey journey;

    public JourneyIdeasView(JourneyService journeys, IdeaService ideas, WardDirectory wards,
            AuthenticationContext authentication) {
        this.journeys = journeys;
        this.ideas = ideas;
        this.wards = wards;
        this.authentication = authentication;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("journeyId").orElse(""));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(IllegalArgumentException.class, "No such journey");
            return;
        }
        journey = journeys.find(id).orElse(null);
        if (journey == null) {
            event.rerouteToError(IllegalArgumentException.class, "No such journey");
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        add(new H1("Ideas: " + journey.getTitle()),
                new Anchor("journeys/" + journey.getId(), "Back to the journey"));
        boolean open = ideas.isWindowOpen(journey.getId());
        Paragraph state = new Paragraph(open
                ? "The ideas window is open: put forward an idea, or support the ideas you like."
                : "The ideas window is not open. You can see every idea and what became of it.");
        state.addClassName("ideas-window-state");
        add(state);
        if (open) {
            add(ideaForm());
            if (authentication.hasAnyRole("FACILITATOR", "GOVERNANCE")) {
                Button close = new Button("Close the ideas window now", click -> {
                    try {
                        ideas.requestEarlyClose(journey.getId(), authentication.getPrincipalName().orElseThrow());
                        Notification.show("The ideas window is closed; screening starts.", 4000, Notification.Position.BOTTOM_CENTER);
                        render();
                    } catch (IllegalStateException e) {
                        Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
                close.setId("close-ideas-early");
                close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                add(close);
            }
        }
        add(new H2("Ideas so far"));
        var list = ideas.forJourney(journey.getId());
        if (list.isEmpty()) {
            add(new Paragraph("No ideas yet."));
        }
        for (Idea idea : list) {
            add(card(idea, open));
        }
    }

    private Details ideaForm() {
        TextField title = new TextField("Title");
        title.setId("idea-title");
        title.setRequired(true);
        title.setMaxLength(150);
        TextArea description = new TextArea("What would happen, and for whom?");
        description.setId("idea-description");
        description.setRequired(true);
        BigDecimalField cost = new BigDecimalField("Estimated cost");
        cost.setId("idea-cost");
        cost.setPrefixComponent(new Span("£"));
        ComboBox<Theme> theme = new ComboBox<>("Theme", Theme.values());
        theme.setId("idea-theme");
        theme.setItemLabelGenerator(Theme::label);
        theme.setValue(journey.getTheme());
        ComboBox<Ward> ward = new ComboBox<>("Ward");
        ward.setId("idea-ward");
        ward.setItems(wards.all().stream().filter(w -> journey.covers(w.getCode())).toList());
        ward.setItemLabelGenerator(Ward::getName);
        if (journey.getWardCodes().size() == 1) {
            wards.find(journey.getWardCodes().iterator().next()).ifPresent(ward::setValue);
        }
        TextField ledBy = new TextField("Who will lead it (a group or a person)");
        ledBy.setId("idea-led-by");
        TextField contact = new TextField("Contact (email or phone)");
        contact.setId("idea-contact");
        Button submit = new Button("Put forward this idea");
        submit.setId("idea-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            BigDecimal pounds = cost.getValue();
            if (pounds == null || pounds.scale() > 2) {
                cost.setInvalid(true);
                cost.setErrorMessage("Give the cost in pounds, e.g. 850 or 850.50.");
                return;
            }
            cost.setInvalid(false);
            IdeaDraft draft = new IdeaDraft(title.getValue(), description.getValue(), Money.penceOf(pounds),
                    theme.getValue(), ward.getValue() == null ? null : ward.getValue().getCode(), ledBy.getValue(),
                    contact.getValue());
            try {
                ideas.submit(journey.getId(), draft, authentication.getPrincipalName().orElseThrow());
                Notification.show("Thank you: your idea is in.", 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (IllegalArgumentException | IllegalStateException e) {
                Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        FormLayout form = new FormLayout(title, description, cost, theme, ward, ledBy, contact, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(description, 2);
        Details details = new Details("Put forward an idea", form);
        details.setOpened(ideas.forJourney(journey.getId()).isEmpty());
        return details;
    }

    private Div card(Idea idea, boolean open) {
        Div card = new Div();
        card.addClassName("idea-card");
        card.add(new H3(idea.getTitle()));
        card.add(new Paragraph(idea.getDescription()));
        Span facts = new Span(Money.format(idea.getEstimatedCostPence()) + " · " + idea.getTheme().label()
                + " · " + ideas.supportCount(idea.getId()) + " supporters · " + idea.getStatus().label());
        facts.addClassName("idea-facts");
        card.add(facts);
        String reason = idea.getDecisionReason() != null ? idea.getDecisionReason() : idea.getEligibilityReason();
        if (reason != null) {
            card.add(new Paragraph("Why: " + reason));
        }
        if (open && idea.isInPlay()) {
            Button support = new Button("Support", click -> {
                try {
                    ideas.support(idea.getId(), authentication.getPrincipalName().orElseThrow());
                    render();
                } catch (IllegalStateException e) {
                    Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE);
                }
            });
            support.getElement().setAttribute("aria-label", "Support " + idea.getTitle());
            card.add(support);
        }
        return card;
    }
}
