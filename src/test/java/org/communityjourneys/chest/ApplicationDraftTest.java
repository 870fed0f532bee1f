package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;

import org.communityjourneys.chest.domain.ApplicationDraft;
import org.communityjourneys.chest.domain.SubmittedApplication;
import org.communityjourneys.support.GrantDrafts;
import org.junit.jupiter.api.Test;

/** The rules of an application that need no fund, and how bank details are masked. */
class ApplicationDraftTest {

    @Test
    void aCompleteApplicationHasNoProblems() {
        assertThat(GrantDrafts.draft(5_000_00, true, true).problems()).isEmpty();
    }

    @Test
    void budgetLinesAboveTheAmountShowHowMuchTooMuch() {
        ApplicationDraft good = GrantDrafts.draft(1_000_00, false, false);
        ApplicationDraft tooMuch = new ApplicationDraft(good.organisation(), good.contact(), 900_50, good.summary(),
                good.sortCode(), good.accountNumber(), good.budgetLines(), false, null, false, good.answers());
        assertThat(tooMuch.problems()).containsExactly(
                "The budget lines add up to £1,000 but you asked for £900.50: £99.50 too much.");
    }

    @Test
    void bankDetailsAreMaskedToTheirLastDigits() {
        assertThat(SubmittedApplication.mask("123412", "87655678")).isEqualTo("\u2022\u2022 \u2022\u2022 12 / \u2022\u2022\u2022\u20225678");
        assertThat(GrantDrafts.draft(100_00, false, false).sortCodeDigits()).isEqualTo("123456");
    }
}
