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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
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
@PageTitle("Showcase conversations | Community Journeys")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class ShowcaseView extends Main implements BeforeEnterObserver {

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

    private void render() {
        removeAll();
        editorSlot.removeAll();
        boolean open = showcase.isOpen(journey.getId());
        add(new H1("Showcase: " + journey.getTitle()), new Anchor("journeys/" + journey.getId(), "Back to the journey"));
        Paragraph state = new Paragraph(open
                ? "Record each showcase conversation held in the ward: who came, what the ward has, what people offer "
                        + "and need, and the stories they told. When every conversation is in, finish the showcase stage."
                : "The showcase stage of this journey is over (now: " + journeys.get(journey.getId()).getStage().label()
                        + "). The conversations recorded are shown below.");
        state.setId("showcase-state");
        add(state);
        if (open) {
            Paragraph privacy = new Paragraph("What you record here is published on the ward page. Do not write the "
                    + "name of any resident, or anything that identifies them, unless they agreed to it.");
            privacy.setId("showcase-privacy");
            privacy.addClassName("notice");
            add(privacy);
        }

        List<ShowcaseConversation> recorded = showcase.forJourney(journey.getId());
        add(new H2("Conversations recorded (" + recorded.size() + ")"));
        if (recorded.isEmpty()) {
            add(new Paragraph("No conversation recorded yet."));
        }
        for (int i = 0; i < recorded.size(); i++) {
            add(card(recorded.get(i), i, open));
        }
        if (open) {
            Button addConversation = new Button("Add a conversation", click -> openEditor(null));
            addConversation.setId("add-conversation");
            add(addConversation, editorSlot);
            add(finishPart(recorded.size()));
        }
    }

    private Section card(ShowcaseConversation conversation, int index, boolean open) {
        Section card = new Section();
        card.setId("conversation-" + index);
        card.addClassName("showcase-conversation");
        card.add(new H3(conversation.getVenue() + ", " + DAY.format(conversation.getHeldOn())),
                new Paragraph(conversation.getAttendance() + (conversation.getAttendance() == 1 ? " person" : " people")
                        + " took part."));
        card.add(list("Community assets", conversation.getAssets().stream().map(ShowcaseView::asset).toList()));
        card.add(list("Offers", conversation.getOffers().stream().map(ShowcaseOffer::getText).toList()));
        card.add(list("Needs", conversation.getNeeds().stream().map(ShowcaseView::need).toList()));
        card.add(new Paragraph("Stories:"));
        if (conversation.getStories().isEmpty()) {
            card.add(new Paragraph("None recorded."));
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
            Button edit = new Button("Edit", click -> openEditor(conversation));
            edit.setId("edit-conversation-" + index);
            edit.getElement().setAttribute("aria-label", "Edit the conversation at " + conversation.getVenue());
            card.add(edit);
        }
        return card;
    }

    private static String asset(CommunityAsset asset) {
        return asset.getKind().label() + ": " + asset.getName() + (asset.getNote() == null ? "" : " (" + asset.getNote() + ")");
    }

    static String need(ShowcaseNeed need) {
        String tags = java.util.stream.Stream.concat(need.getThemes().stream().map(Theme::label),
                need.getPopulations().stream().map(Population::label)).collect(Collectors.joining("; "));
        return need.getText() + (tags.isEmpty() ? "" : " [" + tags + "]");
    }

    private static Div list(String label, List<String> items) {
        Div part = new Div(new Paragraph(label + ":"));
        if (items.isEmpty()) {
            part.add(new Paragraph("None recorded."));
            return part;
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        part.add(list);
        return part;
    }

    private void openEditor(ShowcaseConversation conversation) {
        editing = conversation == null ? null : conversation.getId();
        editor = new ConversationEditor(conversation == null ? "New conversation" : "Edit: " + conversation.getVenue(),
                conversation == null ? null : conversation.toRecord(), showcase.photoMaxBytes());
        Button save = new Button("Save conversation", click -> save());
        save.setId("save-conversation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> {
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
            Notification.show("Conversation saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            editor = null;
            editing = null;
            render();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            editor.showProblems(refused.getMessage());
        }
    }

    private Div finishPart(int recorded) {
        Div part = new Div();
        part.setId("finish-part");
        part.add(new H2("Finish the showcase stage"));
        if (taskId == null) {
            part.add(new Paragraph("To finish the showcase stage, open the task \u201cRecord showcase conversations\u201d "
                    + "from My tasks."));
            return part;
        }
        part.add(new Paragraph(recorded == 0
                ? "Record at least one conversation first."
                : "When every conversation is recorded, finish the stage: residents can then put forward ideas."));
        Button finish = new Button("Finish showcase stage", click -> finish());
        finish.setId("finish-showcase");
        finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        part.add(finish);
        return part;
    }

    void finish() {
        try {
            showcase.finish(journey.getId(), taskId);
            Notification.show("The showcase stage is finished.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journey.getId()));
        } catch (RuntimeException refused) {
            Notification error = Notification.show(refused.getMessage() == null ? "The showcase stage could not be finished."
                    : refused.getMessage(), 8000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
            error.setId("finish-refused");
        }
    }
}
