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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.ui.Languages;
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
@PermitAll
public class JourneyIdeasView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("ideas.pageTitle"));
    }

    private String me() {
        return authentication.getPrincipalName().orElse("");
    }

    private boolean moderator() {
        return authentication.hasAnyRole("FACILITATOR", "GOVERNANCE");
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("ideas.heading", journey.getTitle())),
                new Anchor("journeys/" + journey.getId(), getTranslation("ideas.backToJourney")));
        boolean open = ideas.isWindowOpen(journey.getId());
        Paragraph state = new Paragraph(open
                ? getTranslation("ideas.windowOpen") : getTranslation("ideas.windowClosed"));
        state.addClassName("ideas-window-state");
        state.setId("ideas-window-state");
        add(state);
        if (open) {
            Details form = new Details(getTranslation("ideas.putForward"), ideaForm(null, "idea", draft -> {
                ideas.submit(journey.getId(), draft, me());
                return getTranslation("ideas.submitted");
            }));
            form.setId("idea-form");
            form.setOpened(true);
            add(form);
            if (moderator()) {
                add(onBehalfForm());
                Button close = new Button(getTranslation("ideas.closeNow"), click -> {
                    ConfirmDialog confirm = new ConfirmDialog(getTranslation("ideas.closeNowTitle"),
                            getTranslation("ideas.closeNowText"),
                            getTranslation("ideas.closeNow"), confirmed -> act(() -> {
                                ideas.requestEarlyClose(journey.getId(), me());
                                return getTranslation("ideas.closedNow");
                            }));
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("app.cancel"));
                    confirm.setId("close-ideas-early-confirm");
                    confirm.open();
                });
                close.setId("close-ideas-early");
                close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                add(close);
            }
        }
        if (moderator() && !open && !ideas.isShortlistConfirmed(journey.getId())) {
            add(new Paragraph(getTranslation("ideas.shortlistOnTask")));
        }
        List<Idea> list = ideas.visibleTo(journey.getId(), me(), moderator());
        add(JourneyPlaces.of(journey, list, wards.all(), tiles), new H2(getTranslation("ideas.soFar")));
        commentCounts = comments.counts(list.stream().map(Idea::getId).toList());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("ideas.none")));
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
            Notification.show(Translations.explain(e), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The idea's fields, filled from {@code existing} when changing one; ids start with {@code prefix}. */
    private FormLayout ideaForm(Idea existing, String prefix, DraftAction action) {
        TextField title = new TextField(getTranslation("ideas.field.title"));
        title.setId(prefix + "-title");
        title.setRequired(true);
        title.setMaxLength(150);
        TextArea description = new TextArea(getTranslation("ideas.field.description"));
        description.setId(prefix + "-description");
        description.setRequired(true);
        description.setMaxLength(4000);
        BigDecimalField cost = new BigDecimalField(getTranslation("ideas.field.cost"));
        cost.setId(prefix + "-cost");
        cost.setPrefixComponent(new Span("£"));
        cost.setHelperText(getTranslation("ideas.field.costHelper", Moments.money(IdeaDraft.LARGEST_GRANT_PENCE)));
        ComboBox<Theme> theme = new ComboBox<>(getTranslation("ideas.field.theme"), Theme.values());
        theme.setId(prefix + "-theme");
        theme.setItemLabelGenerator(JourneyIdeasView::themeLabel);
        theme.setValue(journey.getTheme());
        MultiSelectComboBox<Population> populations = new MultiSelectComboBox<>(getTranslation("ideas.field.populations"));
        populations.setId(prefix + "-populations");
        populations.setItems(Population.values());
        populations.setItemLabelGenerator(JourneyIdeasView::populationLabel);
        ComboBox<Ward> ward = new ComboBox<>(getTranslation("ideas.field.ward"));
        ward.setId(prefix + "-ward");
        ward.setItems(wards.all().stream().filter(w -> journey.covers(w.getCode())).toList());
        ward.setItemLabelGenerator(Ward::getName);
        if (journey.getWardCodes().size() == 1) {
            wards.find(journey.getWardCodes().iterator().next()).ifPresent(ward::setValue);
        }
        TextField ledBy = new TextField(getTranslation("ideas.field.ledBy"));
        ledBy.setId(prefix + "-led-by");
        ledBy.setMaxLength(200);
        TextField contact = new TextField(getTranslation("ideas.field.contact"));
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
        Button submit = new Button(getTranslation(existing == null ? "ideas.submit" : "ideas.saveChanges"));
        submit.setId(prefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "cost", cost,
                "theme", theme, "ward", ward, "ledBy", ledBy, "contact", contact);
        fields.values().forEach(field -> field.setManualValidation(true));
        cost.setRequiredIndicatorVisible(true);
        theme.setRequiredIndicatorVisible(true);
        ward.setRequiredIndicatorVisible(true);
        ledBy.setHelperText(getTranslation("ideas.field.ledByHelper"));
        contact.setHelperText(getTranslation("ideas.field.contactHelper"));
        submit.addClickListener(click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            BigDecimal pounds = cost.getValue();
            if (pounds == null || pounds.scale() > 2) {
                cost.setInvalid(true);
                cost.setErrorMessage(getTranslation("ideas.field.costInPounds"));
                return;
            }
            IdeaDraft draft = new IdeaDraft(title.getValue(), description.getValue(), Money.penceOf(pounds),
                    theme.getValue(), ward.getValue() == null ? null : ward.getValue().getCode(), ledBy.getValue(),
                    contact.getValue(), populations.getValue());
            // each problem on its field; the service checks the same again
            Map<String, String> wrong = draft.problemsByField();
            Map<String, String> keys = draft.problemKeysByField();
            boolean english = Languages.ENGLISH.equals(Translations.current());
            wrong.forEach((which, englishMessage) -> {
                // English exactly as the draft says it; another language from the bundle
                String message = english ? englishMessage
                        : getTranslation(keys.get(which), Moments.money(IdeaDraft.LARGEST_GRANT_PENCE));
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
        ComboBox<UserAccount> resident = new ComboBox<>(getTranslation("ideas.behalf.resident"));
        resident.setId("behalf-resident");
        resident.setItemLabelGenerator(account -> account.getDisplayName() + " (" + account.getUsername() + ")");
        resident.setItems(residents.searchResidents("").stream()
                .filter(account -> account.getWardCode() != null && journey.covers(account.getWardCode())).toList());
        TextField name = new TextField(getTranslation("ideas.behalf.name"));
        name.setId("behalf-name");
        name.setMaxLength(200);
        FormLayout fields = ideaForm(null, "behalf", draft -> {
            ideas.submitOnBehalf(journey.getId(), draft, resident.getValue() == null ? null : resident.getValue().getUsername(),
                    name.getValue());
            return getTranslation("ideas.behalf.done", name.getValue().isBlank() && resident.getValue() != null
                    ? resident.getValue().getDisplayName() : name.getValue());
        });
        fields.addComponentAtIndex(0, resident);
        fields.addComponentAtIndex(1, name);
        Details details = new Details(getTranslation("ideas.behalf.heading"), fields);
        details.setId("behalf-form");
        return details;
    }

    /** "1 supporter", "3 supporters" in the UI's language ("3 cefnogwr"). */
    static String supportersIn(long count) {
        return count == 1 ? Translations.text("ideas.supporterOne") : Translations.text("ideas.supporters", String.valueOf(count));
    }

    private Div card(Idea idea, boolean open, List<Idea> all) {
        Div card = new Div();
        card.addClassName("idea-card");
        card.setId("idea-" + idea.getId());
        card.add(new H3(idea.getTitle()));
        card.add(new Paragraph(idea.getDescription()));
        Span facts = new Span(Moments.money(idea.getEstimatedCostPence()) + " · " + themeLabel(idea.getTheme())
                + " · " + supportersIn(ideas.supportCount(idea.getId())) + " · "
                + Translations.label("ideaStatus", idea.getStatus(), idea.getStatus().label()));
        facts.addClassName("idea-facts");
        card.add(facts);
        long commentCount = commentCounts.getOrDefault(idea.getId(), 0L);
        Anchor talk = new Anchor(IdeaComments.pathOf(journey.getId(), idea.getId()).substring(1),
                commentCount == 0 ? getTranslation("ideas.discussionNone") : commentCount == 1 ? getTranslation("ideas.discussionOne")
                        : getTranslation("ideas.discussionMany", String.valueOf(commentCount)));
        talk.setId("discussion-" + idea.getId());
        talk.addClassName("idea-discussion");
        card.add(new Paragraph(talk));
        if (!idea.getPopulations().isEmpty()) {
            card.add(new Paragraph(getTranslation("ideas.reaches", String.join("; ",
                    idea.getPopulations().stream().map(JourneyIdeasView::populationLabel).toList()))));
        }
        if (idea.getLedBy() != null && !idea.getLedBy().isBlank()) {
            card.add(new Paragraph(getTranslation("ideas.ledBy", idea.getLedBy())));
        }
        if (idea.isEnteredOnBehalf()) {
            card.add(new Paragraph(getTranslation("ideas.enteredFor", idea.getEnteredFor())));
        }
        Paragraph outcome = outcome(idea);
        if (outcome != null) {
            outcome.addClassName("idea-outcome");
            card.add(outcome);
        }
        boolean mine = idea.getAuthor().equals(me());
        if (open && idea.isInPlay()) {
            if (mine) {
                Paragraph own = new Paragraph(getTranslation("ideas.own"));
                own.setId("own-idea-" + idea.getId());
                card.add(own);
            } else if (ideas.supports(idea.getId(), me())) {
                card.add(new Paragraph(getTranslation("ideas.youSupport")));
            } else {
                Button support = new Button(getTranslation("ideas.support"), click -> act(() -> {
                    ideas.support(idea.getId(), me());
                    return getTranslation("ideas.supported");
                }));
                support.setId("support-" + idea.getId());
                support.getElement().setAttribute("aria-label", getTranslation("ideas.supportLabel", idea.getTitle()));
                card.add(support);
            }
            if (mine && idea.awaitsShortlist()) {
                Details change = new Details(getTranslation("ideas.change"), ideaForm(idea, "edit-" + idea.getId(), draft -> {
                    ideas.edit(idea.getId(), draft, me());
                    return getTranslation("ideas.changed");
                }));
                change.setId("change-" + idea.getId());
                Button withdraw = new Button(getTranslation("ideas.withdraw"), click -> act(() -> {
                    ideas.withdraw(idea.getId(), me());
                    return getTranslation("ideas.withdrawn");
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
            return new Paragraph(getTranslation("ideas.hiddenWhy", idea.getHiddenReason()));
        }
        if (idea.getStatus() == IdeaStatus.MERGED && idea.getMergedInto() != null) {
            return new Paragraph(idea.getDecisionReason() == null
                    ? getTranslation("ideas.mergedInto", ideas.get(idea.getMergedInto()).getTitle())
                    : getTranslation("ideas.mergedIntoWhy", ideas.get(idea.getMergedInto()).getTitle(), idea.getDecisionReason()));
        }
        String reason = idea.getDecisionReason() != null ? idea.getDecisionReason() : idea.getEligibilityReason();
        return reason == null ? null : new Paragraph(getTranslation("ideas.why", reason));
    }

    private Details moderation(Idea idea, List<Idea> all) {
        TextField hideReason = new TextField(getTranslation("ideas.hideReason"));
        hideReason.setId("hide-reason-" + idea.getId());
        hideReason.setMaxLength(500);
        Button hide = new Button(getTranslation("ideas.hide"), click -> act(() -> {
            ideas.hide(idea.getId(), hideReason.getValue());
            return getTranslation("ideas.hidden");
        }));
        hide.setId("hide-" + idea.getId());
        ComboBox<Idea> into = new ComboBox<>(getTranslation("ideas.mergeInto"));
        into.setId("merge-into-" + idea.getId());
        into.setItems(all.stream().filter(other -> !other.getId().equals(idea.getId()))
                .filter(Idea::isInPlay).filter(Idea::awaitsShortlist).toList());
        into.setItemLabelGenerator(Idea::getTitle);
        TextField mergeReason = new TextField(getTranslation("ideas.mergeNote"));
        mergeReason.setId("merge-reason-" + idea.getId());
        mergeReason.setMaxLength(500);
        Button merge = new Button(getTranslation("ideas.merge"), click -> act(() -> {
            if (into.getValue() == null) {
                throw new IllegalArgumentException(getTranslation("ideas.chooseMergeInto"));
            }
            ideas.merge(idea.getId(), into.getValue().getId(), mergeReason.getValue());
            return getTranslation("ideas.merged", into.getValue().getTitle());
        }));
        merge.setId("merge-" + idea.getId());
        FormLayout form = new FormLayout(hideReason, hide, into, mergeReason, merge);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Details details = new Details(getTranslation("ideas.moderate"), form);
        details.setId("moderate-" + idea.getId());
        return details;
    }

    static String themeLabel(Theme theme) {
        return Translations.label("theme", theme, theme.label());
    }

    static String populationLabel(Population population) {
        return Translations.label("population", population, population.label());
    }
}
