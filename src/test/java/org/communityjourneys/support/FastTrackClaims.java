package org.communityjourneys.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.service.ChestService;

/** A small-grants fast-track claim on a fresh fund with £5,000 in it, waiting for its micro check. */
public final class FastTrackClaims {

    private FastTrackClaims() {
    }

    public static ProcessInstance start(ChestService chest, RuntimeService runtime, String fundName, String organisation,
            String purpose, int pounds) {
        Fund fund = chest.createFund(fundName + " " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 5_000_00, "Test money", "governance");
        return runtime.startProcessInstanceByKey("small-grants-fast-track", Map.of(
                "fundId", fund.getId().toString(), "organisation", organisation, "contact", "club@example.org",
                "purpose", purpose, "amountPounds", pounds, "applicant", "applicant"));
    }
}
