package org.communityjourneys.shared.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text people read, from the message bundles under {@code src/main/resources/messages/}. Each
 * bounded context may keep its own pair of files ({@code chest.properties} in English (UK) and
 * {@code chest_cy.properties} in Welsh) beside the resident pages' {@code messages.properties} and
 * {@code messages_cy.properties}; all files of a language are one bundle, and a key in two files is
 * refused when the bundles are read. Files are UTF-8; every value is a {@link MessageFormat} pattern,
 * so an apostrophe is always written twice ({@code don''t}). A key missing from Welsh falls back to
 * English (the bundle test stops that from happening); a key missing from English is absent.
 *
 * <p>Plain Java, so that services can word what they refuse ({@link Worded}) and the screens show it
 * in the reader's language.
 */
public final class MessageBundles {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    public static final String FOLDER = "messages/";
    /** The ending of a Welsh file's name: {@code chest_cy.properties} beside {@code chest.properties}. */
    public static final String WELSH_ENDING = "_cy.properties";

    private static final Map<String, Map<String, String>> FILES = readFiles();
    private static final Map<Locale, Map<String, String>> BUNDLES = Map.of(
            ENGLISH, merge(FILES, false), WELSH, merge(FILES, true));

    private MessageBundles() {
    }

    /** Every bundle file under {@code messages/}, by file name, with its keys and patterns in file order. */
    public static Map<String, Map<String, String>> files() {
        return FILES;
    }

    /** The keys and patterns of one language, all files together. */
    public static Map<String, String> bundle(Locale locale) {
        return BUNDLES.get(supported(locale));
    }

    /** The supported locale for any locale: Welsh for any Welsh, English (UK) for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && WELSH.getLanguage().equals(locale.getLanguage()) ? WELSH : ENGLISH;
    }

    /** Whether the English bundle has the key. */
    public static boolean has(String key) {
        return BUNDLES.get(ENGLISH).containsKey(key);
    }

    /** The text for the key in the locale's language (English when it has none), if any bundle has the key. */
    public static Optional<String> find(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        String pattern = BUNDLES.get(language).get(key);
        if (pattern == null) {
            pattern = BUNDLES.get(ENGLISH).get(key);
        }
        if (pattern == null) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(pattern, language).format(params == null ? new Object[0] : params));
    }

    /** The English text, or {@code !key!} so that a missing key is seen at once. */
    public static String english(String key, Object... params) {
        return find(key, ENGLISH, params).orElse("!" + key + "!");
    }

    /** The keys and patterns of one bundle file on the class path, read as UTF-8. */
    public static Map<String, String> load(String resource) {
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The message bundle " + resource + " is missing");
            }
            return read(in, resource);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the message bundle " + resource, unreadable);
        }
    }

    static Map<String, String> read(InputStream in, String name) throws IOException {
        // a key written twice in one file would silently keep the second text: refused, as a key in two files is
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object before = super.put(key, value);
                if (before != null) {
                    throw new IllegalStateException("The key " + key + " is written twice in " + name);
                }
                return null;
            }
        };
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> patterns = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted()
                .forEach(key -> patterns.put(key, properties.getProperty(key)));
        return Collections.unmodifiableMap(patterns);
    }

    private static Map<String, Map<String, String>> readFiles() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(MessageBundles.class.getClassLoader())
                    .getResources("classpath*:" + FOLDER + "*.properties");
            List<Resource> sorted = List.of(found).stream()
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
            Map<String, Map<String, String>> files = new LinkedHashMap<>();
            for (Resource resource : sorted) {
                try (InputStream in = resource.getInputStream()) {
                    if (files.put(resource.getFilename(), read(in, resource.getFilename())) != null) {
                        throw new IllegalStateException("Two message bundles are called " + resource.getFilename());
                    }
                }
            }
            if (!files.containsKey("messages.properties")) {
                throw new IllegalStateException("The message bundle " + FOLDER + "messages.properties is missing");
            }
            return Collections.unmodifiableMap(files);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the message bundles under " + FOLDER, unreadable);
        }
    }

    /** One language's files as one bundle; a key in two files is refused. */
    static Map<String, String> merge(Map<String, Map<String, String>> files, boolean welsh) {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, String> whereFrom = new LinkedHashMap<>();
        files.forEach((name, patterns) -> {
            if (name.endsWith(WELSH_ENDING) != welsh) {
                return;
            }
            patterns.forEach((key, pattern) -> {
                String earlier = whereFrom.putIfAbsent(key, name);
                if (earlier != null) {
                    throw new IllegalStateException("The message key " + key + " is in both " + earlier + " and " + name);
                }
                all.put(key, pattern);
            });
        });
        return Collections.unmodifiableMap(all);
    }
}
