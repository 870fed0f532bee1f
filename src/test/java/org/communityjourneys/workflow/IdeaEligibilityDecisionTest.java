package org.communityjourneys.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.shared.domain.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * processes/idea-eligibility.dmn, as deployed: a COLLECT table giving one row (check, passed,
 * reason) per check. The journey budget is £5,000.
 */
@SpringBootTest
@ActiveProfiles("test")
class IdeaEligibilityDecisionTest {

    static final long BUDGET = 500_000;
    static final List<String> CHECKS = List.of("Cost band", "Journey budget", "Ward", "Theme", "Completeness");

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0}: {1} pence, ward {2}, theme {3}, priority {4}, complete {5} -> {6} fails {7}")
    @CsvSource({
            "cost 0,                       0,       true,  BEST_START_IN_LIFE,       true,  false, false, 'Cost band,Completeness',  more than £0",
            "cost below 0,                 -100,    true,  BEST_START_IN_LIFE,       true,  true,  false, Cost band,                 more than £0",
            "cost above the largest grant, 2000001, true,  BEST_START_IN_LIFE,       true,  true,  false, 'Cost band,Journey budget', 'above £20,000'",
            "cost above the budget,        500001,  true,  BEST_START_IN_LIFE,       true,  true,  false, Journey budget,            whole budget",
            "wrong ward,                   80000,   false, BEST_START_IN_LIFE,       true,  true,  false, Ward,                      not in a ward",
            "off theme,                    80000,   true,  LONELINESS_AND_ISOLATION, false, true,  false, Theme,                     theme",
            "incomplete,                   80000,   true,  BEST_START_IN_LIFE,       true,  false, false, Completeness,              missing",
            "fine,                         80000,   true,  BEST_START_IN_LIFE,       true,  true,  true,  '',                        ''",
            "fine at the whole budget,     500000,  true,  BEST_START_IN_LIFE,       true,  true,  true,  '',                        ''",
            "fine: a strategy priority,    80000,   true,  MENTAL_WELLBEING,         true,  true,  true,  '',                        ''",
    })
    void eachCheckGivesOneRowWithItsReason(String situation, long costPence, boolean wardInJourney, String ideaTheme,
            boolean strategyPriority, boolean complete, boolean eligible, String failing, String reasonContains) {
        List<Map<String, Object>> rows = evaluate(costPence, BUDGET, wardInJourney, ideaTheme, "BEST_START_IN_LIFE",
                strategyPriority, complete);

        assertThat(rows).extracting(row -> row.get("check")).containsExactlyElementsOf(CHECKS);
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get("reason")).isNotBlank());
        List<String> failed = rows.stream().filter(row -> !Boolean.TRUE.equals(row.get("passed")))
                .map(row -> (String) row.get("check")).toList();
        assertThat(failed).containsExactlyElementsOf(failing.isBlank() ? List.of() : List.of(failing.split(",")));
        assertThat(failed.isEmpty()).isEqualTo(eligible);
        if (!reasonContains.isBlank()) {
            assertThat(rows).filteredOn(row -> !Boolean.TRUE.equals(row.get("passed")))
                    .anySatisfy(row -> assertThat((String) row.get("reason")).contains(reasonContains));
        }
    }

    @ParameterizedTest(name = "{0} pence is in the band \"{1}\"")
    @CsvSource({
            "1,       up to £1,000",
            "100000,  up to £1,000",
            "100001,  from £1,000 to £20,000",
            "2000000, from £1,000 to £20,000",
    })
    void theCostCheckNamesTheGrantBand(long costPence, String band) {
        Map<String, Object> cost = evaluate(costPence, 5_000_000, true, "BEST_START_IN_LIFE", "BEST_START_IN_LIFE", true, true)
                .get(0);
        assertThat(cost).containsEntry("check", "Cost band").containsEntry("passed", true);
        assertThat((String) cost.get("reason")).contains(band);
    }

    @Test
    void theTableAndTheIdeasModuleAgreeWithTheChestOnTheLargestGrant() {
        assertThat(GrantBand.FROM_1000_TO_20000.contains(IdeaDraft.LARGEST_GRANT_PENCE)).isTrue();
        assertThat(GrantBand.of(IdeaDraft.LARGEST_GRANT_PENCE + 1)).isEqualTo(GrantBand.OVER_20000);
        assertThat(evaluate(IdeaDraft.LARGEST_GRANT_PENCE, 5_000_000, true, "OTHER", "OTHER", false, true).get(0))
                .containsEntry("passed", true);
        assertThat(evaluate(IdeaDraft.LARGEST_GRANT_PENCE + 1, 5_000_000, true, "OTHER", "OTHER", false, true).get(0))
                .containsEntry("passed", false);
    }

    @Test
    void theJourneysOwnThemeIsFineEvenWhenItIsNotAStrategyPriority() {
        List<Map<String, Object>> rows = evaluate(80_000, BUDGET, true, "LONELINESS_AND_ISOLATION",
                "LONELINESS_AND_ISOLATION", false, true);
        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("passed", true));
    }

    @Test
    void anIncompleteIdeaNamesOnlyTheDetailsItLacks() {
        IdeaDraft noContact = new IdeaDraft("Stay and play", "Weekly sessions.", 80_000, Theme.BEST_START_IN_LIFE,
                "E05000001", "Friends of the library", " ");
        assertThat(noContact.complete()).isFalse();
        assertThat(noContact.missingDetails()).isEqualTo("a contact");
        Map<String, Object> facts = facts(80_000, BUDGET, true, "BEST_START_IN_LIFE", "BEST_START_IN_LIFE", true, false);
        facts.put("missingDetails", noContact.missingDetails());
        List<Map<String, Object>> rows = decisions.evaluateDecisionTableByKey("idea-eligibility", facts).getResultList();
        assertThat(rows).filteredOn(row -> "Completeness".equals(row.get("check")))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("passed", false)
                        .containsEntry("reason", "Some details are missing: a contact."));
        assertThat(new IdeaDraft("Stay and play", "Weekly sessions.", 80_000, Theme.BEST_START_IN_LIFE, "E05000001", null, null)
                .missingDetails()).isEqualTo("who will lead it and a contact");
    }

    private List<Map<String, Object>> evaluate(long costPence, long budgetPence, boolean wardInJourney, String ideaTheme,
            String journeyTheme, boolean strategyPriority, boolean complete) {
        return decisions.evaluateDecisionTableByKey("idea-eligibility",
                facts(costPence, budgetPence, wardInJourney, ideaTheme, journeyTheme, strategyPriority, complete)).getResultList();
    }

    private static Map<String, Object> facts(long costPence, long budgetPence, boolean wardInJourney, String ideaTheme,
            String journeyTheme, boolean strategyPriority, boolean complete) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("costPence", costPence);
        facts.put("journeyBudgetPence", budgetPence);
        facts.put("wardInJourney", wardInJourney);
        facts.put("ideaTheme", ideaTheme);
        facts.put("theme", journeyTheme);
        facts.put("strategyPriority", strategyPriority);
        facts.put("complete", complete);
        return facts;
    }
}
