package org.communityjourneys.ideas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.shared.ui.Translations;
import org.junit.jupiter.api.Test;

/** Every problem of an idea's draft has a bundle key whose English is exactly the draft's own words. */
class IdeaDraftProblemKeysTest {

    private static void sameInEnglish(IdeaDraft draft) {
        Map<String, String> english = draft.problemsByField();
        Map<String, String> keys = draft.problemKeysByField();
        assertThat(keys.keySet()).containsExactlyElementsOf(english.keySet());
        english.forEach((field, words) -> {
            assertThat(Translations.bundle(Languages.WELSH)).containsKey(keys.get(field));
            assertThat(Translations.text(Languages.ENGLISH, keys.get(field), Money.format(IdeaDraft.LARGEST_GRANT_PENCE)))
                    .as(field).isEqualTo(words);
        });
    }

    @Test
    void missingAndTooLongSayTheSameFromTheBundle() {
        sameInEnglish(new IdeaDraft(" ", null, 0, null, null, "x".repeat(201), "y".repeat(255)));
        assertThat(new IdeaDraft(" ", null, 0, null, null, null, null).problemsByField()).hasSize(5);
        sameInEnglish(new IdeaDraft("t".repeat(151), "d".repeat(4001), IdeaDraft.LARGEST_GRANT_PENCE + 1, null, "W", null, null));
        assertThat(new IdeaDraft("t".repeat(151), "d".repeat(4001), IdeaDraft.LARGEST_GRANT_PENCE + 1, null, "W", null, null)
                .problemKeysByField()).containsEntry("cost", "ideas.problem.costTooHigh");
    }
}
