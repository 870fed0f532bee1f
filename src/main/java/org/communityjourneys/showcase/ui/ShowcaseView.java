package org.communityjourneys.showcase.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.showcase.domain.CommunityAsset;
import org.communityjourneys.showcase.domain.ShowcaseConversation;
import org.communityjourneys.showcase.domain.ShowcaseNeed;
import org.communityjourneys.showcase.domain.ShowcaseOffer;
import org.communityjourneys.showcase.domain.ShowcaseStory;
import org.communityjourneys.showcase.domain.StoryPhoto;
import org.communityjourneys.showcase.service.ShowcaseService;

/**
 * The facilitator's showcase screen for one journey: the conversations recorded so far, a form to
 * add or edit one, and, when opened from the task (?task=...), "Finish showcase stage", which
 * completes the journey's "Record showcase conversations" task. Without a task it still shows and
 * records conversations while the journey is at the showcase stage.
 */
@TaskScreen(ShowcaseService.SCREEN)
@Route("journeys/:journeyId/showcase")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class ShowcaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ShowcaseService showcase;
    private final JourneyService journeys;
    private Journey journey;
    private String taskId;
    private ConversationEditor editor;
    private UUID editing;
    private final Div editorSlot = new Div();

    public ShowcaseView(ShowcaseService showcase, JourneyService journeys) {
        this.showcase = showcase;
        this.journeys = journeys;
        addClassNames("page", "showcase");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        journey = journeys.findByIdText(event.getRouteParameters().get("journeyId").orElse(null)).orElse(null);
        if (journey == null) {
            event.rerouteToError(IllegalArgumentException.class, "No such journey");
            return;
        }
        taskId = event.getLocation().getQueryParameters().getSingleParameter("task").orElse(null);
        editor = null;
        editing = null;
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("showcase.pageTitle"));
    }

    private void render() {
        removeAll();
        editorSlot.removeAll();
        boolean open = showcase.isOpen(journey.getId());
        add(new H1(getTranslation("showcase.heading", journey.getTitle())),
                new Anchor("journeys/" + journey.getId(), getTranslation("showcase.backToJourney")));
        Paragraph state = new Paragraph(open
                ? getTranslation("showcase.open")
                : getTranslation("showcase.over", stageLabel(journeys.get(journey.getId()).getStage())));
        state.setId("showcase-state");
        add(state);
        if (open) {
            Paragraph privacy = new Paragraph(getTranslation("showcase.privacy"));
            privacy.setId("showcase-privacy");
            privacy.addClassName("notice");
            add(privacy);
        }

        List<ShowcaseConversation> recorded = showcase.forJourney(journey.getId());
        add(new H2(getTranslation("showcase.recorded", String.valueOf(recorded.size()))));
        if (recorded.isEmpty()) {
            add(new Paragraph(getTranslation("showcase.noneYet")));
        }
        for (int i = 0; i < recorded.size(); i++) {
            add(card(recorded.get(i), i, open));
        }
        if (open) {
            Button addConversation = new Button(getTranslation("showcase.addConversation"), click -> openEditor(null));
            addConversation.setId("add-conversation");
            add(addConversation, editorSlot);
            add(finishPart(recorded.size()));
        }
    }

    private Section card(ShowcaseConversation conversation, int index, boolean open) {
        Section card = new Section();
        card.setId("conversation-" + index);
        card.addClassName("showcase-conversation");
        card.add(new H3(conversation.getVenue() + ", " + DAY.withLocale(Translations.current()).format(conversation.getHeldOn())),
                new Paragraph(conversation.getAttendance() == 1 ? getTranslation("showcase.tookPartOne")
                        : getTranslation("showcase.tookPart", String.valueOf(conversation.getAttendance()))));
        card.add(list(getTranslation("showcase.assets"), conversation.getAssets().stream().map(ShowcaseView::asset).toList()));
        card.add(list(getTranslation("showcase.offers"), conversation.getOffers().stream().map(ShowcaseOffer::getText).toList()));
        card.add(list(getTranslation("showcase.needs"), conversation.getNeeds().stream().map(ShowcaseView::need).toList()));
        card.add(new Paragraph(getTranslation("showcase.listed", getTranslation("showcase.stories"))));
        if (conversation.getStories().isEmpty()) {
            card.add(new Paragraph(getTranslation("showcase.noneRecorded")));
        }
        for (ShowcaseStory story : conversation.getStories()) {
            Div shown = new Div(new Paragraph(story.getText()));
            if (story.hasPhoto()) {
                Image photo = new Image(StoryPhoto.publicPath(story.getPhotoId()).substring(1), story.getPhotoCaption());
                photo.setMaxWidth("16em");
                shown.add(photo);
            }
            card.add(shown);
        }
        if (open) {
            Button edit = new Button(getTranslation("showcase.edit"), click -> openEditor(conversation));
            edit.setId("edit-conversation-" + index);
            edit.getElement().setAttribute("aria-label", getTranslation("showcase.editLabel", conversation.getVenue()));
            card.add(edit);
        }
        return card;
    }

    private static String asset(CommunityAsset asset) {
        return ConversationEditor.kindLabel(asset.getKind()) + ": " + asset.getName() + (asset.getNote() == null ? "" : " (" + asset.getNote() + ")");
    }

    static String need(ShowcaseNeed need) {
        String tags = java.util.stream.Stream.concat(need.getThemes().stream().map(ShowcaseView::themeLabel),
                need.getPopulations().stream().map(ShowcaseView::populationLabel)).collect(Collectors.joining("; "));
        return need.getText() + (tags.isEmpty() ? "" : " [" + tags + "]");
    }

    static String themeLabel(Theme theme) {
        return Translations.label("theme", theme, theme.label());
    }

    static String populationLabel(Population population) {
        return Translations.label("population", population, population.label());
    }

    private static String stageLabel(JourneyStage stage) {
        return Translations.label("stage", stage, stage.label());
    }

    private static Div list(String label, List<String> items) {
        Div part = new Div(new Paragraph(Translations.text("showcase.listed", label)));
        if (items.isEmpty()) {
            part.add(new Paragraph(Translations.text("showcase.noneRecorded")));
            return part;
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        part.add(list);
        return part;
    }

    private void openEditor(ShowcaseConversation conversation) {
        editing = conversation == null ? null : conversation.getId();
        editor = new ConversationEditor(conversation == null ? getTranslation("showcase.newConversation")
                : getTranslation("showcase.editHeading", conversation.getVenue()),
                conversation == null ? null : conversation.toRecord(), showcase.photoMaxBytes());
        Button save = new Button(getTranslation("showcase.save"), click -> save());
        save.setId("save-conversation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("showcase.cancel"), click -> {
            editor = null;
            editorSlot.removeAll();
        });
        cancel.setId("cancel-conversation");
        editorSlot.removeAll();
        editorSlot.add(editor, new Div(save, cancel));
        editor.heldOn.focus();
    }

    void save() {
        if (editor == null) {
            return;
        }
        editor.clearProblems();
        try {
            if (editing == null) {
                showcase.record(journey.getId(), editor.record());
            } else {
                showcase.edit(editing, editor.record());
            }
            Notification.show(getTranslation("showcase.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            editor = null;
            editing = null;
            render();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            editor.showProblems(refused);
        }
    }

    private Div finishPart(int recorded) {
        Div part = new Div();
        part.setId("finish-part");
        part.add(new H2(getTranslation("showcase.finishHeading")));
        if (taskId == null) {
            part.add(new Paragraph(getTranslation("showcase.finishOnTask")));
            return part;
        }
        part.add(new Paragraph(recorded == 0
                ? getTranslation("showcase.finishFirst")
                : getTranslation("showcase.finishWhenDone")));
        Button finish = new Button(getTranslation("showcase.finish"), click -> finish());
        finish.setId("finish-showcase");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        part.add(finish);
        return part;
    }

    void finish() {
        try {
            showcase.finish(journey.getId(), taskId);
            Notification.show(getTranslation("showcase.finished"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journey.getId()));
        } catch (RuntimeException refused) {
            Notification error = Notification.show(refused.getMessage() == null ? getTranslation("showcase.notFinished")
                    : Translations.explain(refused), 8000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
            error.setId("finish-refused");
        }
    }
}
