package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The skeleton of a page about one thing named in its address (a ward, a project, a journey): it
 * finds the thing, titles the page after it and shows it, or says plainly that there is nothing
 * at this address. Subclasses say how to find, title and show it.
 *
 * @param <T> what the page is about
 */
public abstract class PageAbout<T> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final String notFoundHeading;
    private String title;

    /**
     * {@code name} titles the page until it is shown ("Ward"); {@code notFoundHeading} heads the page
     * when nothing is found. Either may be a bundle key ({@code journey.pageName}), which is then
     * translated into the UI's language; other text is shown as it is.
     */
    protected PageAbout(String name, String notFoundHeading) {
        this.notFoundHeading = notFoundHeading;
        this.title = withSite(translated(name));
        addClassName("page");
    }

    /** The thing the address names, if there is one. */
    protected abstract Optional<T> find(RouteParameters address);

    /** The page's title for the thing, without the site's name. */
    protected abstract String titleOf(T subject);

    /** Adds the page's content for the thing. */
    protected abstract void show(T subject);

    /** What follows the "not found" heading: why, and where to go instead. */
    protected abstract List<Component> notFound(RouteParameters address);

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<T> found = find(event.getRouteParameters());
        if (found.isEmpty()) {
            title = withSite(translated(notFoundHeading));
            add(new H1(translated(notFoundHeading)));
            notFound(event.getRouteParameters()).forEach(this::add);
            return;
        }
        title = withSite(titleOf(found.get()));
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static String translated(String keyOrText) {
        return Translations.has(keyOrText) ? Translations.text(keyOrText) : keyOrText;
    }

    /** "Ward | Community Journeys", in the UI's language. */
    private static String withSite(String page) {
        return Translations.text("app.pageTitle", page);
    }

    /** A UUID in an address, or empty when the text is not one. */
    protected static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
