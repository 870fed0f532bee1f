package org.communityjourneys.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communityjourneys.chest.domain.ApplicationDraft;
import org.communityjourneys.chest.domain.FundingPrinciple;

/** Test data: complete grant applications as the application screen sends them. */
public final class GrantDrafts {

    private GrantDrafts() {
    }

    /** A complete application for this amount: two budget lines that add up, every principle answered. */
    public static ApplicationDraft draft(long pence, boolean childrenOrVulnerableAdults, boolean firstTimeGroup) {
        long equipment = pence / 2;
        return new ApplicationDraft("Friends of the ward", "hello@example.org", pence,
                "Weekly sessions run by volunteers, with equipment bought once.", "12-34-56", "12345678",
                List.of(new ApplicationDraft.BudgetLineDraft("Equipment", equipment),
                        new ApplicationDraft.BudgetLineDraft("Hall hire", pence - equipment)),
                childrenOrVulnerableAdults, childrenOrVulnerableAdults ? "https://example.org/safeguarding" : null,
                firstTimeGroup, answers());
    }

    public static Map<FundingPrinciple, String> answers() {
        Map<FundingPrinciple, String> answers = new EnumMap<>(FundingPrinciple.class);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            answers.put(principle, "Our answer on " + principle.label().toLowerCase() + ".");
        }
        return answers;
    }
}
