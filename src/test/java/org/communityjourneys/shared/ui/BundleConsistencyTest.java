package org.communityjourneys.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityjourneys.shared.domain.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * The message bundles agree: each English file ({@code chest.properties}) has its Welsh file
 * ({@code chest_cy.properties}) with the same keys, no text is empty, each key has the same {0},
 * {1}... in every language, apostrophes are doubled as MessageFormat wants, every key the code asks
 * for by name ({@code getTranslation("...")}, {@code Translations.text("...")},
 * {@code Refused.input("...")}, {@code Refused.state("...")}) is in the English bundle, and each Welsh
 * file says it is a draft.
 */
class BundleConsistencyTest {

    /** Every bundle file, by name. */
    private static final Map<String, Map<String, String>> BUNDLES = MessageBundles.files();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** getTranslation("key", ...), getTranslation(locale, "key", ...), Translations.text("key", ...), Refused.input("key", ...) */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Translations\\.text|Refused\\.input|Refused\\.state|MessageBundles\\.english)"
                    + "\\(\\s*(?:[A-Za-z_.]+\\s*,\\s*)?\"([^\"]+)\"\\s*[,)]");

    /** Each English file and its Welsh file, as a pair to compare. */
    static Map<String, Map<String, Map<String, String>>> pairs() {
        Map<String, Map<String, Map<String, String>>> pairs = new LinkedHashMap<>();
        BUNDLES.forEach((name, patterns) -> {
            String english = name.endsWith(MessageBundles.WELSH_ENDING)
                    ? name.substring(0, name.length() - MessageBundles.WELSH_ENDING.length()) + ".properties" : name;
            String welsh = english.substring(0, english.length() - ".properties".length()) + MessageBundles.WELSH_ENDING;
            Map<String, Map<String, String>> pair = pairs.computeIfAbsent(english, ignored -> new LinkedHashMap<>());
            pair.putIfAbsent(english, BUNDLES.getOrDefault(english, Map.of()));
            pair.putIfAbsent(welsh, BUNDLES.getOrDefault(welsh, Map.of()));
        });
        return pairs;
    }

    /** For each bundle, the keys some other bundle has and it lacks. */
    static Map<String, Set<String>> missingKeys(Map<String, Map<String, String>> bundles) {
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(bundle -> all.addAll(bundle.keySet()));
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        bundles.forEach((name, bundle) -> {
            Set<String> lacks = new TreeSet<>(all);
            lacks.removeAll(bundle.keySet());
            if (!lacks.isEmpty()) {
                missing.put(name, lacks);
            }
        });
        return missing;
    }

    static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyBundleHasEveryKey() {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        pairs().values().forEach(pair -> missing.putAll(missingKeys(pair)));
        assertThat(missing).as("keys missing from a bundle file (file -> keys)").isEmpty();
        assertThat(pairs()).as("bundle files, English and Welsh in pairs").containsKey("messages.properties");
    }

    @Test
    void eachLanguageHasEveryKeyOfEveryFile() {
        assertThat(MessageBundles.bundle(Languages.WELSH).keySet())
                .containsExactlyInAnyOrderElementsOf(MessageBundles.bundle(Languages.ENGLISH).keySet());
    }

    @Test
    void theCheckNamesAKeyThatOneBundleLacks() {
        Map<String, Map<String, String>> broken = new LinkedHashMap<>();
        broken.put("en", Map.of("a", "A", "b", "B"));
        broken.put("cy", Map.of("a", "A"));
        assertThat(missingKeys(broken)).isEqualTo(Map.of("cy", Set.of("b")));
    }

    @Test
    void noTextIsEmpty() {
        List<String> empty = new ArrayList<>();
        BUNDLES.forEach((name, bundle) -> bundle.forEach((key, value) -> {
            if (value.isBlank()) {
                empty.add(name + ": " + key);
            }
        }));
        assertThat(empty).as("empty texts").isEmpty();
    }

    @Test
    void eachKeyHasTheSamePlaceholdersInEveryLanguage() {
        Map<String, String> english = MessageBundles.bundle(Languages.ENGLISH);
        List<String> differing = new ArrayList<>();
        BUNDLES.forEach((name, bundle) -> bundle.forEach((key, value) -> {
            if (english.containsKey(key) && !placeholders(english.get(key)).equals(placeholders(value))) {
                differing.add(name + ": " + key + " has " + placeholders(value) + ", English has " + placeholders(english.get(key)));
            }
        }));
        assertThat(differing).as("placeholders that differ from English").isEmpty();
    }

    @Test
    void everyTextIsAMessageFormatWithItsApostrophesDoubled() {
        List<String> wrong = new ArrayList<>();
        BUNDLES.forEach((name, bundle) -> bundle.forEach((key, value) -> {
            if (value.replace("''", "").contains("'")) {
                wrong.add(name + ": " + key + " has a single apostrophe (write it twice): " + value);
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException unparsable) {
                wrong.add(name + ": " + key + " is not a MessageFormat pattern: " + unparsable.getMessage());
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(Translations.text(Languages.WELSH, "ballot.closed")).isEqualTo("Mae'r bleidlais wedi cau.");
    }

    @Test
    void everyKeyTheCodeNamesIsInTheEnglishBundle() throws IOException {
        Map<String, String> english = MessageBundles.bundle(Languages.ENGLISH);
        Set<String> unknown = new TreeSet<>();
        int named = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    named++;
                    if (!english.containsKey(matcher.group(1))) {
                        unknown.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(named).as("keys named in the code").isGreaterThan(50);
        assertThat(unknown).as("keys the code uses that the English bundle files lack").isEmpty();
    }

    @Test
    void theWelshBundleSaysItIsADraft() throws IOException {
        for (String name : BUNDLES.keySet().stream().filter(name -> name.endsWith(MessageBundles.WELSH_ENDING)).toList()) {
            String first = Files.readAllLines(Path.of("src/main/resources", MessageBundles.FOLDER, name), StandardCharsets.UTF_8).get(0);
            assertThat(first).as(name + "'s first line").startsWith("# DRAFT").contains("Welsh translator");
        }
        assertThat(BUNDLES.get("messages_cy.properties")).containsEntry("bundle.status", "draft");
        assertThat(BUNDLES.get("messages.properties")).containsEntry("bundle.status", "complete");
    }
}
