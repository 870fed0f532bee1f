package org.communityjourneys.shared.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One sentence or phrase for people from the {@link MessageBundles}: its key and arguments, worded
 * in the reader's language where it is shown. An argument may itself be {@link Worded} (a funding
 * principle's name, a grant's status), and is then worded in the same language as the sentence; so
 * are an amount ({@link Pounds}) and a deadline ({@link Deadline}). A wording of plain texts,
 * amounts, deadlines and other such wordings can be kept ({@link #stored()}, {@link #fromStored})
 * and worded when it is read, as a notification is. Used where a service hands a screen something to say that is not a refusal (why an idea is not
 * funded), where a refusal names something that has its own name in each language, or where it
 * lists several problems at once (the chest's {@code Refused}).
 */
public final class Wording implements Worded {

    /** An amount of money as an argument, formatted in the language of the sentence it is in. */
    public record Pounds(long pence) {
    }

    /** A deadline as an argument: "17:00 on 2 December 2026", "17:00 ar 2 Rhagfyr 2026". */
    public record Deadline(Instant at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String key;
    private final Object[] arguments;

    private Wording(String key, Object[] arguments) {
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static Wording of(String key, Object... arguments) {
        return new Wording(key, arguments);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return arguments.clone();
    }

    /** The sentence in the locale's language, worded arguments and amounts in that language too. */
    @Override
    public String in(Locale locale) {
        Object[] worded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            worded[i] = argument instanceof Worded inner ? inner.in(locale)
                    : argument instanceof Pounds pounds ? Money.format(pounds.pence(), locale)
                    : argument instanceof Deadline deadline ? MessageBundles.find("time.deadline", locale,
                            UkTime.clock(deadline.at()), UkTime.day(deadline.at(), locale)).orElseThrow()
                    : argument;
        }
        return MessageBundles.find(key, locale, worded).orElse("!" + key + "!");
    }

    /** The sentence in English (UK): what logs, the API and the existing messages say. */
    public String english() {
        return in(MessageBundles.ENGLISH);
    }

    /** Several sentences in one language, one after the other. */
    public static String joined(List<Wording> wordings, Locale locale) {
        return wordings.stream().map(wording -> wording.in(locale)).collect(Collectors.joining(" "));
    }

    /** The English sentences of each. */
    public static List<String> english(List<Wording> wordings) {
        return wordings.stream().map(Wording::english).toList();
    }

    /**
     * This wording as JSON, to be kept and worded later: its key and arguments, each a text, an
     * amount, a deadline or another such wording. Other arguments (a number, an enum's wording) are
     * kept as their English text.
     */
    public String stored() {
        return toJson().toString();
    }

    /** The wording {@link #stored()} wrote. */
    public static Wording fromStored(String stored) {
        try {
            return fromJson(JSON.readTree(stored));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("Not a stored wording: " + stored, unreadable);
        }
    }

    private ObjectNode toJson() {
        ObjectNode node = JSON.createObjectNode().put("key", key);
        ArrayNode stored = node.putArray("args");
        for (Object argument : arguments) {
            if (argument instanceof Wording wording) {
                stored.addObject().set("wording", wording.toJson());
            } else if (argument instanceof Pounds pounds) {
                stored.addObject().put("pence", pounds.pence());
            } else if (argument instanceof Deadline deadline) {
                stored.addObject().put("deadline", deadline.at().toString());
            } else if (argument instanceof Worded worded) {
                stored.add(worded.in(MessageBundles.ENGLISH));
            } else {
                stored.add(String.valueOf(argument));
            }
        }
        return node;
    }

    private static Wording fromJson(JsonNode node) {
        List<Object> arguments = new ArrayList<>();
        for (JsonNode argument : node.path("args")) {
            if (argument.has("wording")) {
                arguments.add(fromJson(argument.get("wording")));
            } else if (argument.has("pence")) {
                arguments.add(new Pounds(argument.get("pence").asLong()));
            } else if (argument.has("deadline")) {
                arguments.add(new Deadline(Instant.parse(argument.get("deadline").asText())));
            } else {
                arguments.add(argument.asText());
            }
        }
        return of(node.path("key").asText(), arguments.toArray());
    }

    @Override
    public String toString() {
        return english();
    }
}
