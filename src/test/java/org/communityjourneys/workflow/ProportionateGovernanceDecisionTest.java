package org.communityjourneys.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** processes/proportionate-governance.dmn, as deployed, rule by rule and at the band edges. */
@SpringBootTest
@ActiveProfiles("test")
class ProportionateGovernanceDecisionTest {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0} pence, children/vulnerable adults {1}, first-time group {2} -> {3}")
    @CsvSource({
            // light-touch band: up to and including £1,000, whatever the risk
            "1,       false, false, FACILITATOR_CHECK",
            "50000,   true,  true,  FACILITATOR_CHECK",
            "100000,  false, false, FACILITATOR_CHECK",
            "100000,  true,  true,  FACILITATOR_CHECK",
            // panel band: £1,000.01 up to and including £20,000
            "100001,  false, false, PANEL_REVIEW",
            "100001,  true,  false, PANEL_REVIEW",
            "100001,  false, true,  PANEL_REVIEW",
            "2000000, false, false, PANEL_REVIEW",
            "2000000, true,  false, PANEL_REVIEW",
            // high risk over £1,000: a first-time group working with children or vulnerable adults
            "100001,  true,  true,  BOARD_REFERRAL",
            "2000000, true,  true,  BOARD_REFERRAL",
            // board band: above £20,000
            "2000001, false, false, BOARD_REFERRAL",
            "5000000, false, true,  BOARD_REFERRAL",
    })
    void routeFollowsAmountAndRisk(long amountPence, boolean childrenOrVulnerableAdults, boolean firstTimeGroup, String route) {
        Map<String, Object> result = decisions.evaluateDecisionTableByKey("proportionate-governance",
                Map.of("amountPence", amountPence, "childrenOrVulnerableAdults", childrenOrVulnerableAdults,
                        "firstTimeGroup", firstTimeGroup))
                .getSingleResult().getEntryMap();
        assertThat(result).containsEntry("route", route);
    }
}
