package org.communityjourneys.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantPayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** Drives processes/small-grants-fast-track.bpmn path by path; the coverage listener fails the class below 90%. */
@SpringBootTest(properties = ProcessCoverageProperties.ENABLED + "=true")
@ActiveProfiles("test")
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SmallGrantsFastTrackProcessTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ChestService chest;
    @Autowired
    GrantPayments payments;

    GrantClaimProcessScenarios scenarios;

    @BeforeEach
    void scenarios() {
        scenarios = new GrantClaimProcessScenarios("small-grants-fast-track", "microCheck", runtime, tasks, management, history, chest, payments);
    }

    @Test
    void anApprovedClaimIsRemindedReservedAndPaidOnce() {
        scenarios.assertEnded(scenarios.approvedClaimIsRemindedReservedAndPaidOnce(1_000_00).instance(), "grantPaid");
    }

    @Test
    void aRejectedClaimNeedsAReasonAndReservesNothing() {
        scenarios.rejectedClaimNeedsAReasonAndReservesNothing();
    }

    @Test
    void aClaimOverTheCeilingStartsNothing() {
        scenarios.claimOverTheCeilingStartsNothing(1001, "A small-grants fast track is at most £1,000: £1,001 was asked.");
    }

    @Test
    void anApprovalTheFundCannotCoverIsRefusedAndTheCheckStaysOpen() {
        scenarios.approvalTheFundCannotCoverIsRefusedAndTheCheckStaysOpen();
    }
}
