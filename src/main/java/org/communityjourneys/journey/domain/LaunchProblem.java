package org.communityjourneys.journey.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;

/**
 * One thing wrong with a launch plan: the field of the launch screen it is about and its words,
 * by message key (in {@code launch.properties}) and arguments, so that the screen shows it in the
 * reader's language and under the right field in any language. {@link #english()} is the text the
 * plan's {@code problems} list gives.
 */
public record LaunchProblem(Field field, String messageKey, List<Object> arguments) implements Worded {

    /** The field of the launch screen a problem belongs to. */
    public enum Field {
        TITLE, WARDS, THEME, BUDGET,
        /** The dates left empty, whichever they are. */
        EMPTY_DATES,
        IDEAS_CLOSE, VOTE_OPENS, VOTE_CLOSES, BALLOT_FORMAT, FEWEST_PICKS, MOST_PICKS, POINTS, POINTS_CAP, TALLY_RULE,
        /** Counting options the screen does not offer (utility, completion, tie-break). */
        NONE
    }

    public LaunchProblem {
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static LaunchProblem of(Field field, String key, Object... arguments) {
        return new LaunchProblem(field, key, arguments == null ? List.of() : Arrays.asList(arguments));
    }

    @Override
    public Object[] messageArguments() {
        return arguments.toArray();
    }

    /** The problem in English (UK). */
    public String english() {
        return in(MessageBundles.ENGLISH);
    }

    /** The problems in English (UK), in order. */
    public static List<String> english(List<LaunchProblem> problems) {
        return problems.stream().map(LaunchProblem::english).toList();
    }
}
