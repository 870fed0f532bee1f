package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Every text a resident reads, from the message bundles under {@code src/main/resources/messages/}:
 * {@code messages.properties} is English (UK), {@code messages_cy.properties} is Welsh; both are
 * UTF-8. Every value is a {@link MessageFormat} pattern, with or without arguments, so an
 * apostrophe is always written twice ({@code don''t}). A key missing from Welsh falls back to
 * English (the bundle test stops that from happening); a key missing from English shows as
 * {@code !key!} so it is seen at once.
 */
@Component
public class Translations implements I18NProvider {

    static final String FOLDER = "messages/";
    static final String ENGLISH_BUNDLE = FOLDER + "messages.properties";
    static final String WELSH_BUNDLE = FOLDER + "messages_cy.properties";
    private static final Map<Locale, Map<String, String>> BUNDLES = Map.of(
            Languages.ENGLISH, load(ENGLISH_BUNDLE), Languages.WELSH, load(WELSH_BUNDLE));

    /** The bundle file's keys and patterns, read as UTF-8. */
    static Map<String, String> load(String resource) {
        try (InputStream in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The message bundle " + resource + " is missing");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> patterns = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(key -> patterns.put(key, properties.getProperty(key)));
            return Collections.unmodifiableMap(patterns);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the message bundle " + resource, unreadable);
        }
    }

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

    /** The current UI's language, English (UK) outside a UI. */
    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : Languages.supported(ui.getLocale());
    }

    /** The text for the key in the locale's language (English when it has none), if any bundle has the key. */
    public static Optional<String> find(String key, Locale locale, Object... params) {
        String pattern = BUNDLES.get(Languages.supported(locale)).get(key);
        if (pattern == null) {
            pattern = BUNDLES.get(Languages.ENGLISH).get(key);
        }
        if (pattern == null) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(pattern, Languages.supported(locale)).format(params == null ? new Object[0] : params));
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
        return BUNDLES.get(Languages.ENGLISH).containsKey(key);
    }

    /** The keys and patterns of one language, as read. */
    public static Map<String, String> bundle(Locale locale) {
        return BUNDLES.get(Languages.supported(locale));
    }
}
