// Over 400 lines: the ideas page holds putting forward, supporting, changing, placing and moderating ideas, each with its form.
package org.communityjourneys.ideas.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.service.IdeaComments;
import org.communityjourneys.ideas.service.IdeaPlaces;
import org.communityjourneys.shared.ui.MapTiles;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A journey's ideas: residents put ideas forward, change or withdraw their own and support others
 * while the ideas window is open (the journey's process decides that, and the service checks it,
 * not this page); everyone sees what became of each idea. Facilitators also moderate here: hide an
 * idea with a reason, merge a duplicate into another, and enter an idea for a resident.
 * All user text is shown through text components, never as HTML.
 */
@Route("journeys/:journeyId/ideas")
@PageTitle("Ideas | Community Journeys")
@PermitAll
public class JourneyIdeasView extends Main implements BeforeEnterObserver {

    private final JourneyService journeys;
    private final IdeaService ideas;
    private final WardDirectory wards;
    private final ResidentRegistration residents;
    private final AuthenticationContext authentication;
    private final IdeaComments comments;
    private final IdeaPlaces places;
    private final MapTiles tiles;
    private Journey journey;
    private Map<UUID, Long> commentCounts = Map.of();

    public JourneyIdeasView(JourneyService journeys, IdeaService ideas, WardDirectory wards,
            ResidentRegistration residents, AuthenticationContext authentication, IdeaComments comments,
            IdeaPlaces places, MapTiles tiles) {
        this.comments = comments;
        this.places = places;
        this.tiles = tiles;
        this.journeys = journeys;
        this.ideas = ideas;
        this.wards = wards;
        this.residents = residents;
        this.authentication = authentication;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        journey = journeys.findByIdText(event.getRouteParameters().get("journeyId").orElse(null)).orElse(null);
        if (journey == null) {
            event.rerouteToError(IllegalArgumentException.class, "No such journey");
            return;
        }
        render();
    }

    private String me() {
        return authentication.getPrincipalName().orElse("");
    }

    private boolean moderator() {
        return authentication.hasAnyRole("FACILITATOR", "GOVERNANCE");
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
        state.setId("ideas-window-state");
        add(state);
        if (open) {
            Details form = new Details("Put forward an idea", ideaForm(null, "idea", draft -> {
                ideas.submit(journey.getId(), draft, me());
                return "Thank you: your idea is in.";
            }));
            form.setId("idea-form");
            form.setOpened(true);
            add(form);
            if (moderator()) {
                add(onBehalfForm());
                Button close = new Button("Close the ideas window now", click -> {
                    ConfirmDialog confirm = new ConfirmDialog("Close the ideas window now?",
                            "No more ideas can be put forward or supported, and screening starts. This cannot be undone.",
                            "Close the ideas window now", confirmed -> act(() -> {
                                ideas.requestEarlyClose(journey.getId(), me());
                                return "The ideas window is closed; screening starts.";
                            }));
                    confirm.setCancelable(true);
                    confirm.setId("close-ideas-early-confirm");
                    confirm.open();
                });
                close.setId("close-ideas-early");
                close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                add(close);
            }
        }
        if (moderator() && !open && !ideas.isShortlistConfirmed(journey.getId())) {
            add(new Paragraph("The shortlist is confirmed on the task \"Confirm shortlist\" in My tasks."));
        }
        List<Idea> list = ideas.visibleTo(journey.getId(), me(), moderator());
        add(JourneyPlaces.of(journey, list, wards.all(), tiles), new H2("Ideas so far"));
        commentCounts = comments.counts(list.stream().map(Idea::getId).toList());
        if (list.isEmpty()) {
            add(new Paragraph("No ideas yet."));
        }
        for (Idea idea : list) {
            add(card(idea, open, list));
        }
    }

    /** What a form's button does with a valid draft; returns the message to show. */
    private interface DraftAction {
        String apply(IdeaDraft draft);
    }

    private interface Action {
        String run();
    }

    private void act(Action action) {
        try {
            String message = action.run();
            Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The idea's fields, filled from {@code existing} when changing one; ids start with {@code prefix}. */
    private FormLayout ideaForm(Idea existing, String prefix, DraftAction action) {
        TextField title = new TextField("Title");
        title.setId(prefix + "-title");
        title.setRequired(true);
        title.setMaxLength(150);
        TextArea description = new TextArea("What would happen, and for whom?");
        description.setId(prefix + "-description");
        description.setRequired(true);
        description.setMaxLength(4000);
        BigDecimalField cost = new BigDecimalField("Estimated cost in pounds");
        cost.setId(prefix + "-cost");
        cost.setPrefixComponent(new Span("£"));
        cost.setHelperText("More than £0 and at most " + Money.format(IdeaDraft.LARGEST_GRANT_PENCE) + ".");
        ComboBox<Theme> theme = new ComboBox<>("Theme", Theme.values());
        theme.setId(prefix + "-theme");
        theme.setItemLabelGenerator(Theme::label);
        theme.setValue(journey.getTheme());
        MultiSelectComboBox<Population> populations = new MultiSelectComboBox<>("People it would reach (optional)");
        populations.setId(prefix + "-populations");
        populations.setItems(Population.values());
        populations.setItemLabelGenerator(Population::label);
        ComboBox<Ward> ward = new ComboBox<>("Ward");
        ward.setId(prefix + "-ward");
        ward.setItems(wards.all().stream().filter(w -> journey.covers(w.getCode())).toList());
        ward.setItemLabelGenerator(Ward::getName);
        if (journey.getWardCodes().size() == 1) {
            wards.find(journey.getWardCodes().iterator().next()).ifPresent(ward::setValue);
        }
        TextField ledBy = new TextField("Who will lead it (a group or a person)");
        ledBy.setId(prefix + "-led-by");
        ledBy.setMaxLength(200);
        TextField contact = new TextField("Contact (email or phone)");
        contact.setId(prefix + "-contact");
        contact.setMaxLength(254);
        if (existing != null) {
            title.setValue(existing.getTitle());
            description.setValue(existing.getDescription());
            cost.setValue(Money.poundsOf(existing.getEstimatedCostPence()));
            theme.setValue(existing.getTheme());
            populations.setValue(existing.getPopulations());
            wards.find(existing.getWardCode()).ifPresent(ward::setValue);
            ward.setReadOnly(true);
            ledBy.setValue(existing.getLedBy() == null ? "" : existing.getLedBy());
            contact.setValue(existing.getContact() == null ? "" : existing.getContact());
        }
        Button submit = new Button(existing == null ? "Put forward this idea" : "Save changes");
        submit.setId(prefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "cost", cost,
                "theme", theme, "ward", ward, "ledBy", ledBy, "contact", contact);
        fields.values().forEach(field -> field.setManualValidation(true));
        cost.setRequiredIndicatorVisible(true);
        theme.setRequiredIndicatorVisible(true);
        ward.setRequiredIndicatorVisible(true);
        ledBy.setHelperText("Needed before the shortlist: the eligibility check asks who leads it.");
        contact.setHelperText("Needed before the shortlist, so the facilitator can reach whoever leads it.");
        submit.addClickListener(click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            BigDecimal pounds = cost.getValue();
            if (pounds == null || pounds.scale() > 2) {
                cost.setInvalid(true);
                cost.setErrorMessage("Give the cost in pounds, e.g. 850 or 850.50.");
                return;
            }
            IdeaDraft draft = new IdeaDraft(title.getValue(), description.getValue(), Money.penceOf(pounds),
                    theme.getValue(), ward.getValue() == null ? null : ward.getValue().getCode(), ledBy.getValue(),
                    contact.getValue(), populations.getValue());
            // each problem on its field; the service checks the same again
            Map<String, String> wrong = draft.problemsByField();
            wrong.forEach((which, message) -> {
                fields.get(which).setErrorMessage(message);
                fields.get(which).setInvalid(true);
            });
            if (wrong.isEmpty()) {
                act(() -> action.apply(draft));
            }
        });
        FormLayout form = new FormLayout(title, description, cost, theme, populations, ward, ledBy, contact, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(description, 2);
        form.setColspan(populations, 2);
        return form;
    }

    /** Assisted or paper entry: a facilitator enters an idea for a resident chosen from the ward, or by name. */
    private Details onBehalfForm() {
        ComboBox<UserAccount> resident = new ComboBox<>("Resident (if they have an account)");
        resident.setId("behalf-resident");
        resident.setItemLabelGenerator(account -> account.getDisplayName() + " (" + account.getUsername() + ")");
        resident.setItems(residents.searchResidents("").stream()
                .filter(account -> account.getWardCode() != null && journey.covers(account.getWardCode())).toList());
        TextField name = new TextField("Or their name (paper form)");
        name.setId("behalf-name");
        name.setMaxLength(200);
        FormLayout fields = ideaForm(null, "behalf", draft -> {
            ideas.submitOnBehalf(journey.getId(), draft, resident.getValue() == null ? null : resident.getValue().getUsername(),
                    name.getValue());
            return "The idea is in, recorded as entered for " + (name.getValue().isBlank() && resident.getValue() != null
                    ? resident.getValue().getDisplayName() : name.getValue()) + ".";
        });
        fields.addComponentAtIndex(0, resident);
        fields.addComponentAtIndex(1, name);
        Details details = new Details("Enter an idea for a resident (paper or assisted)", fields);
        details.setId("behalf-form");
        return details;
    }

    /** "1 supporter", "3 supporters". */
    static String supporters(long count) {
        return count + (count == 1 ? " supporter" : " supporters");
    }

    private Div card(Idea idea, boolean open, List<Idea> all) {
        Div card = new Div();
        card.addClassName("idea-card");
        card.setId("idea-" + idea.getId());
        card.add(new H3(idea.getTitle()));
        card.add(new Paragraph(idea.getDescription()));
        Span facts = new Span(Money.format(idea.getEstimatedCostPence()) + " · " + idea.getTheme().label()
                + " · " + supporters(ideas.supportCount(idea.getId())) + " · " + idea.getStatus().label());
        facts.addClassName("idea-facts");
        card.add(facts);
        long commentCount = commentCounts.getOrDefault(idea.getId(), 0L);
        Anchor talk = new Anchor(IdeaComments.pathOf(journey.getId(), idea.getId()).substring(1),
                commentCount == 0 ? "Discussion: no comments yet" : "Discussion: " + commentCount + (commentCount == 1 ? " comment" : " comments"));
        talk.setId("discussion-" + idea.getId());
        talk.addClassName("idea-discussion");
        card.add(new Paragraph(talk));
        if (!idea.getPopulations().isEmpty()) {
            card.add(new Paragraph("Reaches: " + String.join("; ",
                    idea.getPopulations().stream().map(Population::label).toList())));
        }
        if (idea.getLedBy() != null && !idea.getLedBy().isBlank()) {
            card.add(new Paragraph("Led by: " + idea.getLedBy()));
        }
        if (idea.isEnteredOnBehalf()) {
            card.add(new Paragraph("Entered by a facilitator for " + idea.getEnteredFor() + "."));
        }
        Paragraph outcome = outcome(idea);
        if (outcome != null) {
            outcome.addClassName("idea-outcome");
            card.add(outcome);
        }
        boolean mine = idea.getAuthor().equals(me());
        if (open && idea.isInPlay()) {
            if (mine) {
                Paragraph own = new Paragraph("You put this idea forward: other residents can support it.");
                own.setId("own-idea-" + idea.getId());
                card.add(own);
            } else if (ideas.supports(idea.getId(), me())) {
                card.add(new Paragraph("You support this idea."));
            } else {
                Button support = new Button("Support", click -> act(() -> {
                    ideas.support(idea.getId(), me());
                    return "Thank you for your support.";
                }));
                support.setId("support-" + idea.getId());
                support.getElement().setAttribute("aria-label", "Support " + idea.getTitle());
                card.add(support);
            }
            if (mine && idea.awaitsShortlist()) {
                Details change = new Details("Change this idea", ideaForm(idea, "edit-" + idea.getId(), draft -> {
                    ideas.edit(idea.getId(), draft, me());
                    return "Your changes are saved.";
                }));
                change.setId("change-" + idea.getId());
                Button withdraw = new Button("Withdraw this idea", click -> act(() -> {
                    ideas.withdraw(idea.getId(), me());
                    return "Your idea is withdrawn.";
                }));
                withdraw.setId("withdraw-" + idea.getId());
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                card.add(change, new IdeaPlacePicker(idea, wards.find(idea.getWardCode()).orElseThrow(), places, tiles, me(), this::render),
                        withdraw);
            }
        }
        if (moderator() && idea.isInPlay() && idea.awaitsShortlist()) {
            card.add(moderation(idea, all));
        }
        return card;
    }

    private Paragraph outcome(Idea idea) {
        if (idea.getStatus() == IdeaStatus.HIDDEN) {
            return new Paragraph("Hidden by a facilitator, only you can see it. Why: " + idea.getHiddenReason());
        }
        if (idea.getStatus() == IdeaStatus.MERGED && idea.getMergedInto() != null) {
            return new Paragraph("Merged into \"" + ideas.get(idea.getMergedInto()).getTitle() + "\""
                    + (idea.getDecisionReason() == null ? "." : ". Why: " + idea.getDecisionReason()));
        }
        String reason = idea.getDecisionReason() != null ? idea.getDecisionReason() : idea.getEligibilityReason();
        return reason == null ? null : new Paragraph("Why: " + reason);
    }

    private Details moderation(Idea idea, List<Idea> all) {
        TextField hideReason = new TextField("Reason the author sees");
        hideReason.setId("hide-reason-" + idea.getId());
        hideReason.setMaxLength(500);
        Button hide = new Button("Hide this idea", click -> act(() -> {
            ideas.hide(idea.getId(), hideReason.getValue());
            return "The idea is hidden from public pages.";
        }));
        hide.setId("hide-" + idea.getId());
        ComboBox<Idea> into = new ComboBox<>("Merge it into");
        into.setId("merge-into-" + idea.getId());
        into.setItems(all.stream().filter(other -> !other.getId().equals(idea.getId()))
                .filter(Idea::isInPlay).filter(Idea::awaitsShortlist).toList());
        into.setItemLabelGenerator(Idea::getTitle);
        TextField mergeReason = new TextField("Note for the author (optional)");
        mergeReason.setId("merge-reason-" + idea.getId());
        mergeReason.setMaxLength(500);
        Button merge = new Button("Merge", click -> act(() -> {
            if (into.getValue() == null) {
                throw new IllegalArgumentException("Choose the idea to merge it into.");
            }
            ideas.merge(idea.getId(), into.getValue().getId(), mergeReason.getValue());
            return "Merged: its supports now count for \"" + into.getValue().getTitle() + "\".";
        }));
        merge.setId("merge-" + idea.getId());
        FormLayout form = new FormLayout(hideReason, hide, into, mergeReason, merge);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Details details = new Details("Moderate", form);
        details.setId("moderate-" + idea.getId());
        return details;
    }

}
