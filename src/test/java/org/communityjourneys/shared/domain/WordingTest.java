package org.communityjourneys.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WordingTest {

    /** 17:00 on 2 December 2026 in the county (GMT then). */
    private static final Instant DECEMBER = Instant.parse("2026-12-02T17:00:00Z");

    @Test
    void aDeadlineIsWordedInTheSentencesLanguageAndInEnglishAsBefore() {
        Wording body = Wording.of("notice.ideasOpen.body.until", new Wording.Deadline(DECEMBER));
        assertThat(body.english()).isEqualTo("A community journey in your ward is asking for ideas until "
                + UkTime.deadline(DECEMBER) + ". Put forward an idea of your own or support someone else's.");
        assertThat(body.english()).contains("until 17:00 on 2 December 2026.");
        assertThat(body.in(MessageBundles.WELSH)).contains("tan 17:00 ar 2 Rhagfyr 2026.");
    }

    @Test
    void aStoredWordingIsWordedWhenReadAsItWouldHaveBeenWhenMade() {
        Wording made = Wording.of("notice.idea.body.reason", "Baby \"bank\" {0}", Wording.of("notice.outcome.shortlisted"),
                "It fits the budget, mostly.");
        Wording read = Wording.fromStored(made.stored());
        assertThat(read.english()).isEqualTo(made.english())
                .isEqualTo("Your idea \"Baby \"bank\" {0}\" was shortlisted. The reason given: It fits the budget, mostly.");
        assertThat(read.in(MessageBundles.WELSH)).isEqualTo(made.in(MessageBundles.WELSH)).contains("ar y rhestr fer");

        Wording amounts = Wording.of("chest.payment.partPaid", new Wording.Pounds(80_000), new Wording.Pounds(400_000));
        assertThat(Wording.fromStored(amounts.stored()).english()).isEqualTo("part paid £800 of £4,000");
        Wording deadline = Wording.of("notice.voteOpen.body.until", new Wording.Deadline(DECEMBER));
        assertThat(Wording.fromStored(deadline.stored()).in(MessageBundles.WELSH)).isEqualTo(deadline.in(MessageBundles.WELSH));
    }
}
