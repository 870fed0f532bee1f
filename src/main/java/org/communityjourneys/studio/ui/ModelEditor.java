package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the three browser editors (BPMN, DMN, form) have in common: Java sets the content, the
 * browser reports changes, and {@link #readContent(Consumer)} asks the editor for its content
 * as it is right now (a {@code getXml()} call that returns a promise in the browser).
 *
 * <p>Until the browser reports that the editor is drawn (for example in server-side tests, or
 * when scripts are blocked), the content is the one Java last set or the browser last reported.
 */
public abstract class ModelEditor extends Component implements HasSize, HasStyle {

    private final String contentProperty;
    private String content = "";
    private boolean ready;

    protected ModelEditor(String contentProperty, String readyEvent, String changedEvent, String detailName) {
        this.contentProperty = contentProperty;
        addClassName("model-editor");
        getElement().addEventListener(readyEvent, event -> ready = true);
        getElement().addEventListener(changedEvent, event -> {
                    String reported = event.getEventData().getString("event.detail." + detailName);
                    if (reported != null) {
                        content = reported;
                        fireEvent(new ContentChanged(this, true));
                    }
                })
                .addEventData("event.detail." + detailName);
        addDetachListener(event -> ready = false);
    }

    /** Opens this content in the editor (replacing what is there). */
    public void setContent(String text) {
        content = Objects.requireNonNullElse(text, "");
        getElement().setProperty(contentProperty, content);
    }

    /** The content Java last set or the browser last reported (changes are reported after a short pause). */
    public String getContent() {
        return content;
    }

    /** Whether the browser reported that the editor is drawn. */
    public boolean isReady() {
        return ready;
    }

    /** The accessible name of the editor. */
    public void setLabel(String label) {
        getElement().setProperty("label", label);
    }

    /**
     * Hands the editor's current content to {@code action}: fresh from the browser when the editor
     * is drawn there, otherwise the last known content.
     */
    public void readContent(Consumer<String> action) {
        if (!ready) {
            action.accept(content);
            return;
        }
        getElement().callJsFunction("getXml").then(String.class, text -> {
            content = Objects.requireNonNullElse(text, "");
            action.accept(content);
        }, problem -> action.accept(content));
    }

    /** Called when the browser reports a change to the content. */
    public Registration addContentChangedListener(
            com.vaadin.flow.component.ComponentEventListener<ContentChanged> listener) {
        return addListener(ContentChanged.class, listener);
    }

    /** The browser reported that the content changed. */
    public static class ContentChanged extends com.vaadin.flow.component.ComponentEvent<ModelEditor> {
        public ContentChanged(ModelEditor source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
