package org.communityjourneys.discussion.ui;

import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.communityjourneys.discussion.domain.Voice;
import org.communityjourneys.discussion.service.CommentText;
import org.communityjourneys.discussion.service.DiscussionService;
import org.communityjourneys.discussion.service.DiscussionService.CommentView;
import org.springframework.security.access.AccessDeniedException;

/**
 * A discussion page, of an idea or of a funded project: the comments and their replies (one
 * level), who said what in which voice, and, while the discussion is open, a box to comment. Authors change a comment for a
 * short time and delete their own; anyone signed in reports one; facilitators hide one with a
 * reason. Comments are plain text: each is built from text nodes and anchors for its web
 * addresses, never from HTML, and the links carry {@code rel="nofollow ugc noopener"}.
 */
abstract class DiscussionPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final DiscussionService discussion;
    private final AuthenticationContext authentication;
    private Div list;

    protected DiscussionPage(DiscussionService discussion, AuthenticationContext authentication) {
        this.discussion = discussion;
        this.authentication = authentication;
        addClassNames("page", "discussion");
    }

    /** Finds what the page is about from its route; false when there is no such thing. */
    protected abstract boolean find(BeforeEnterEvent event);

    /** The page's heading, the way back and what is being discussed. */
    protected abstract String title();

    protected abstract Anchor back();

    protected abstract String description();

    protected abstract boolean open();

    /** What the page says when the discussion is closed. */
    protected abstract String closedText();

    protected abstract List<CommentView> thread(String viewer);

    /** Posts a comment ({@code parentId} null) or a reply as the person signed in; returns its id. */
    protected abstract UUID post(UUID parentId, String text);

    protected abstract String label(Voice voice);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!find(event)) {
            event.rerouteToError(IllegalArgumentException.class, "No such discussion");
            return;
        }
        render();
    }

    protected static Optional<UUID> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    protected String me() {
        return authentication.getPrincipalName().orElse("");
    }

    private boolean moderator() {
        return authentication.hasAnyRole("FACILITATOR", "GOVERNANCE");
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("discussion.headingFor", title())), back());
        Paragraph about = new Paragraph(description());
        about.addClassName("discussion-idea");
        add(about);
        boolean open = open();
        Paragraph state = new Paragraph(open
                ? getTranslation("discussion.open", String.valueOf(DiscussionService.EDIT_TIME.toMinutes()))
                : closedText());
        state.setId("discussion-state");
        add(state);
        if (open) {
            add(writeBox("comment", getTranslation("discussion.yourComment"), getTranslation("discussion.post"), text -> post(null, text)));
        }
        List<CommentView> thread = thread(me());
        H2 heading = new H2(thread.isEmpty() ? getTranslation("discussion.noComments")
                : getTranslation("discussion.comments", String.valueOf(thread.size())));
        heading.setId("comments-heading");
        add(heading);
        list = new Div();
        list.setId("comments");
        for (CommentView comment : thread) {
            list.add(card(comment, open));
        }
        add(list);
    }

    private Component card(CommentView comment, boolean open) {
        Div card = new Div();
        card.setId("comment-" + comment.id());
        card.addClassName(comment.parentId() == null ? "comment" : "comment-reply");
        // styles inline, as the ballot's cards: the theme's stylesheet is part of the committed bundle
        card.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-s) 0").set("overflow-wrap", "anywhere");
        if (comment.parentId() != null) {
            card.getStyle().set("margin-left", "var(--lumo-space-l)");
        }
        Span author = new Span(comment.author());
        author.addClassName("comment-author");
        author.getStyle().set("font-weight", "600");
        Div header = new Div(author);
        header.addClassName("comment-header");
        if (comment.voice() != Voice.RESIDENT) {
            Span voice = new Span(label(comment.voice()));
            voice.addClassNames("comment-voice");
            voice.getElement().getThemeList().add("badge");
            voice.getStyle().set("margin", "0 var(--lumo-space-s)");
            header.add(voice);
        }
        Span when = new Span(Moments.moment(comment.postedAt())
                + (comment.editedAt() == null ? "" : " " + getTranslation("discussion.changed")));
        when.addClassName("comment-time");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-left", "var(--lumo-space-s)");
        header.add(when);
        card.add(header);
        if (comment.deleted()) {
            card.add(note(getTranslation("discussion.deleted")));
        } else if (comment.hidden() && comment.body().isEmpty()) {
            card.add(note(getTranslation("discussion.hidden")));
        } else {
            card.add(body(comment.body()));
            if (comment.hidden()) {
                card.add(note(comment.hiddenReason() == null ? getTranslation("discussion.hidden")
                        : getTranslation("discussion.hiddenWhy", comment.hiddenReason())));
            }
        }
        card.add(actions(comment, open));
        return card;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("comment-note");
        return note;
    }

    /** The comment's text as text nodes and safe anchors, one paragraph per paragraph typed. */
    private static Div body(String text) {
        Div body = new Div();
        body.addClassName("comment-body");
        for (String paragraph : text.split("\n\n")) {
            Paragraph shown = new Paragraph();
            for (CommentText.Piece piece : CommentText.pieces(paragraph)) {
                if (piece.link()) {
                    Anchor link = new Anchor(piece.text(), piece.text());
                    link.getElement().setAttribute("rel", "nofollow ugc noopener noreferrer");
                    link.setTarget("_blank");
                    shown.add(link);
                } else {
                    shown.add(new Span(piece.text()));
                }
            }
            shown.getStyle().set("white-space", "pre-line");
            body.add(shown);
        }
        return body;
    }

    private Component actions(CommentView comment, boolean open) {
        FlexLayout actions = new FlexLayout();
        actions.addClassName("comment-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        String id = comment.id().toString();
        boolean shown = !comment.deleted() && !comment.hidden();
        if (open && shown && comment.parentId() == null) {
            actions.add(small(getTranslation("discussion.reply"), "reply-" + id, () -> openBelow(comment, "reply",
                    getTranslation("discussion.yourReply"), getTranslation("discussion.postReply"),
                    text -> post(comment.id(), text))));
        }
        if (comment.canEdit()) {
            actions.add(small(getTranslation("discussion.change"), "edit-" + id, () -> openBelow(comment, "edit",
                    getTranslation("discussion.yourComment"), getTranslation("discussion.saveChange"), text -> {
                discussion.edit(comment.id(), text, me());
                return comment.id();
            })));
        }
        if (comment.mine() && !comment.deleted()) {
            actions.add(small(getTranslation("discussion.delete"), "delete-" + id, () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("discussion.deleteTitle"),
                        getTranslation("discussion.deleteText"), getTranslation("discussion.delete"), done -> act(() -> {
                            discussion.delete(comment.id(), me());
                            return getTranslation("discussion.deletedDone");
                        }));
                confirm.setCancelText(getTranslation("discussion.cancel"));
                confirm.setCancelable(true);
                confirm.setConfirmButtonTheme("error primary");
                confirm.setId("delete-confirm");
                confirm.open();
            }));
        }
        if (!comment.mine() && shown && !me().isEmpty()) {
            actions.add(small(getTranslation("discussion.report"), "report-" + id, () -> reasonDialog(getTranslation("discussion.reportTitle"),
                    getTranslation("discussion.reportLabel"), getTranslation("discussion.report"), reason -> {
                        discussion.report(comment.id(), reason, me());
                        return getTranslation("discussion.reportDone");
                    })));
        }
        if (moderator() && !comment.hidden() && !comment.deleted()) {
            Button hide = small(comment.reports() > 0 ? getTranslation("discussion.hideReported", String.valueOf(comment.reports()))
                    : getTranslation("discussion.hide"), "hide-" + id,
                    () -> reasonDialog(getTranslation("discussion.hideTitle"), getTranslation("discussion.hideLabel"),
                            getTranslation("discussion.hide"), reason -> {
                        discussion.hide(comment.id(), reason);
                        return getTranslation("discussion.hideDone");
                    }));
            hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(hide);
        }
        return actions;
    }

    private static Button small(String label, String id, Runnable onClick) {
        Button button = new Button(label, click -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** What a write box does with the text; returns the comment's id. */
    private interface Writing {
        UUID write(String text);
    }

    private Div writeBox(String prefix, String label, String button, Writing writing) {
        TextArea text = new TextArea(label);
        text.setId(prefix + "-text");
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setHelperText(getTranslation("discussion.helper"));
        Button post = new Button(button, click -> act(() -> {
            writing.write(text.getValue());
            return getTranslation("discussion.posted");
        }));
        post.setId(prefix + "-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(text, post);
        box.addClassName("comment-write");
        return box;
    }

    private void openBelow(CommentView comment, String prefix, String label, String button, Writing writing) {
        Div box = writeBox(prefix + "-" + comment.id(), label, button, writing);
        if (prefix.equals("edit")) {
            box.getChildren().filter(TextArea.class::isInstance).map(TextArea.class::cast).findFirst()
                    .ifPresent(area -> area.setValue(comment.body()));
        }
        list.getChildren().filter(card -> card.getId().orElse("").equals("comment-" + comment.id())).findFirst()
                .ifPresent(card -> ((Div) card).add(box));
    }

    /** What a reason dialog does with the reason; returns the message to show. */
    private interface Reasoned {
        String apply(String reason);
    }

    private void reasonDialog(String title, String label, String button, Reasoned reasoned) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setId("reason-dialog");
        TextArea reason = new TextArea(label);
        reason.setId("reason-text");
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(button, click -> {
            if (act(() -> reasoned.apply(reason.getValue()))) {
                dialog.close();
            }
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("discussion.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a change; shows its message and draws the page again, or shows the refusal. True when it was done. */
    private boolean act(Supplier<String> change) {
        try {
            String message = change.get();
            Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
            return true;
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException refused) {
            Notification.show(Translations.explain(refused), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }
}
