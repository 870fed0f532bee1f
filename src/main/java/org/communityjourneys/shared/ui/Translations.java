package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@link I18NProvider} over the {@link MessageBundles} (English (UK) and Welsh, one pair of
 * files per context under {@code src/main/resources/messages/}). A key missing from English shows as
 * {@code !key!} so it is seen at once; {@link #explain(Throwable)} shows a service's refusal in the
 * reader's language.
 */
@Component
public class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(locale, key, params);
    }

    /**
     * The text for the key in the current UI's language (English (UK) outside a UI): for code that
     * is not a component, such as a journey page's parts.
     */
    public static String text(String key, Object... params) {
        return text(current(), key, params);
    }

    public static String text(Locale locale, String key, Object... params) {
        return find(key, locale, params).orElse("!" + key + "!");
    }

    /**
     * What went wrong, for the reader: a {@link Worded} refusal in the current UI's language, any
     * other exception's own message.
     */
    public static String explain(Throwable problem) {
        return problem instanceof Worded worded ? worded.in(current()) : problem.getMessage();
    }

    /** The current UI's language, English (UK) outside a UI. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : Languages.supported(ui.getLocale());
    }

    /** The text for the key in the locale's language (English when it has none), if any bundle has the key. */
    public static Optional<String> find(String key, Locale locale, Object... params) {
        return MessageBundles.find(key, locale, params);
    }

    /**
     * An enum constant's name for people in the UI's language: the bundle's {@code prefix.NAME}
     * ({@code stage.VOTE}, {@code theme.OTHER}), or its English label when the bundles lack it.
     */
    public static String label(String prefix, Enum<?> constant, String englishLabel) {
        String key = prefix + "." + constant.name();
        return has(key) ? text(key) : englishLabel;
    }

    /** Whether the bundles have the key (the menu falls back to a view's own title when not). */
    public static boolean has(String key) {
        return MessageBundles.has(key);
    }

    /** The keys and patterns of one language, as read. */
    public static Map<String, String> bundle(Locale locale) {
        return MessageBundles.bundle(locale);
    }
}
