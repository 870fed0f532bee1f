package org.communityjourneys.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** processes/idea-eligibility.dmn, as deployed, one row at a time. The journey budget is £5,000. */
@SpringBootTest
@ActiveProfiles("test")
class IdeaEligibilityDecisionTest {

    static final long BUDGET = 500_000;

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0}: {1} pence, ward {2}, theme {3}, priority {4}, complete {5} -> {6}")
    @CsvSource({
            "cost 0,                     0,       true,  BEST_START_IN_LIFE,       true,  false, false, more than £0",
            "cost below 0,               -100,    true,  BEST_START_IN_LIFE,       true,  true,  false, more than £0",
            "cost above the largest grant, 2000001, true, BEST_START_IN_LIFE,       true,  true,  false, 'above £20,000'",
            "cost above the budget,      500001,  true,  BEST_START_IN_LIFE,       true,  true,  false, whole budget",
            "wrong ward,                 80000,   false, BEST_START_IN_LIFE,       true,  true,  false, not in a ward",
            "off theme,                  80000,   true,  LONELINESS_AND_ISOLATION, false, true,  false, theme",
            "incomplete,                 80000,   true,  BEST_START_IN_LIFE,       true,  false, false, missing",
            "fine,                       80000,   true,  BEST_START_IN_LIFE,       true,  true,  true,  Meets",
            "fine at the whole budget,   500000,  true,  BEST_START_IN_LIFE,       true,  true,  true,  Meets",
            "fine: a strategy priority,  80000,   true,  MENTAL_WELLBEING,         true,  true,  true,  Meets",
    })
    void screensEachIdea(String situation, long costPence, boolean wardInJourney, String ideaTheme,
            boolean strategyPriority, boolean complete, boolean eligible, String reasonContains) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("costPence", costPence);
        facts.put("journeyBudgetPence", BUDGET);
        facts.put("wardInJourney", wardInJourney);
        facts.put("ideaTheme", ideaTheme);
        facts.put("theme", "BEST_START_IN_LIFE");
        facts.put("strategyPriority", strategyPriority);
        facts.put("complete", complete);

        Map<String, Object> result = decisions.evaluateDecisionTableByKey("idea-eligibility", facts)
                .getSingleResult().getEntryMap();

        assertThat(result).containsEntry("eligible", eligible);
        assertThat((String) result.get("reason")).contains(reasonContains);
    }

    @ParameterizedTest(name = "an idea on the journey''s own theme {0} is fine even when it is not a strategy priority")
    @CsvSource({"LONELINESS_AND_ISOLATION"})
    void theJourneysOwnThemeIsFine(String theme) {
        Map<String, Object> facts = new HashMap<>(Map.of("costPence", 80_000L, "journeyBudgetPence", BUDGET,
                "wardInJourney", true, "ideaTheme", theme, "theme", theme, "strategyPriority", false, "complete", true));
        assertThat(decisions.evaluateDecisionTableByKey("idea-eligibility", facts).getSingleResult().getEntryMap())
                .containsEntry("eligible", true);
    }
}
