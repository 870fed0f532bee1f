package org.communityjourneys.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.support.SignedIn;

/**
 * The paths of a grant-claim model (hub start-up or fast track), driven on the real engine and
 * services: approve and pay (with a reminder on each task; the hub model then asks for its learning
 * report, see {@link HubStartupGrantProcessTest}), reject with a reason, a claim over
 * the programme's ceiling, and an approval the fund cannot cover.
 */
final class GrantClaimProcessScenarios {

    private final String processKey;
    private final String checkTaskKey;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final ChestService chest;
    private final GrantPayments payments;

    GrantClaimProcessScenarios(String processKey, String checkTaskKey, RuntimeService runtime, TaskService tasks,
            ManagementService management, HistoryService history, ChestService chest, GrantPayments payments) {
        this.processKey = processKey;
        this.checkTaskKey = checkTaskKey;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.chest = chest;
        this.payments = payments;
    }

    Fund fundWith(long pence) {
        Fund fund = chest.createFund(processKey + " fund " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), pence, "Test money", "governance");
        return fund;
    }

    ProcessInstance start(Fund fund, Object amountPounds) {
        return runtime.startProcessInstanceByKey(processKey, Map.of("fundId", fund.getId().toString(),
                "organisation", "Bromyard lunch club", "contact", "club@example.org", "purpose", "Urn, tables and chairs",
                "amountPounds", amountPounds, "applicant", "applicant"));
    }

    /** A paid claim's process and grant. */
    record PaidClaim(ProcessInstance instance, UUID grantId) {
    }

    /**
     * Approves and pays a claim, firing the reminder of each task on the way; the process's business
     * key is the grant's id. Returns the instance just after the payment was recorded.
     */
    PaidClaim approvedClaimIsRemindedReservedAndPaidOnce(long pence) {
        Fund fund = fundWith(10_000_00);
        ProcessInstance instance = start(fund, pence / 100);
        UUID grantId = UUID.fromString((String) runtime.getVariable(instance.getId(), "grantId"));
        assertThat(chest.grant(grantId).getStatus()).isEqualTo(GrantStatus.APPLIED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey())
                .as("the business key names the grant").isEqualTo(grantId.toString());

        Task check = task(instance, checkTaskKey);
        assertThat(check.getTaskDefinitionKey()).isEqualTo(checkTaskKey);
        assertThat(tasks.getIdentityLinksForTask(check.getId())).anyMatch(link -> "FACILITATOR".equals(link.getGroupId()));
        fireReminder(instance);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("checkReminded").count()).isEqualTo(1);

        tasks.claim(check.getId(), "facilitator");
        SignedIn.asFacilitator(() -> {
            tasks.complete(check.getId(), Map.of("decision", "approve"));
            return null;
        });
        assertThat(chest.grant(grantId).getStatus()).isEqualTo(GrantStatus.APPROVED);
        FundBalance reserved = chest.balance(fund.getId());
        assertThat(reserved.reserved()).isEqualTo(pence);
        assertThat(reserved.available()).isEqualTo(10_000_00 - pence);

        Task pay = task(instance, "recordPayment");
        assertThat(tasks.getIdentityLinksForTask(pay.getId())).anyMatch(link -> "GOVERNANCE".equals(link.getGroupId()));
        fireReminder(instance);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("paymentReminded").count()).isEqualTo(1);
        tasks.claim(pay.getId(), "governance");
        SignedIn.as("governance", "GOVERNANCE", () -> {
            tasks.complete(pay.getId(), Map.of("paymentPounds", pence / 100, "paymentReference", "BACS 1234",
                    "paidOn", LocalDate.now().toString()));
            payments.recordInstalment(grantId, pay.getId(), pence, "BACS 1234", LocalDate.now());
        });

        assertThat(chest.grant(grantId).getStatus()).isEqualTo(GrantStatus.PAID);
        FundBalance paid = chest.balance(fund.getId());
        assertThat(paid.paid()).as("a retried payment pays once").isEqualTo(pence);
        assertThat(paid.reserved()).isZero();
        assertThat(paid.available()).isEqualTo(10_000_00 - pence);
        return new PaidClaim(instance, grantId);
    }

    void rejectedClaimNeedsAReasonAndReservesNothing() {
        Fund fund = fundWith(5_000_00);
        ProcessInstance instance = start(fund, 800);
        UUID grantId = UUID.fromString((String) runtime.getVariable(instance.getId(), "grantId"));
        Task check = task(instance, checkTaskKey);

        assertThatThrownBy(() -> asFacilitator(() -> tasks.complete(check.getId(), Map.of("decision", "reject"))))
                .hasMessageContaining("Give a reason when a grant is declined");
        assertThatThrownBy(() -> asFacilitator(() -> tasks.complete(check.getId(), Map.of("decision", "maybe"))))
                .hasMessageContaining("Choose whether to approve or reject the claim.");
        assertThatThrownBy(() -> tasks.complete(check.getId(), Map.of("decision", "reject", "decisionReason", "No one")))
                .as("no one signed in decides nothing").hasMessageContaining("sign in first");
        asFacilitator(() -> tasks.complete(check.getId(), Map.of("decision", "reject", "decisionReason", "Not a community group")));

        assertThat(chest.grant(grantId).getStatus()).isEqualTo(GrantStatus.DECLINED);
        assertThat(chest.grant(grantId).getDecisionReason()).isEqualTo("Not a community group");
        assertThat(chest.balance(fund.getId()).available()).isEqualTo(5_000_00);
        assertEnded(instance, "claimRejected");
    }

    void claimOverTheCeilingStartsNothing(long overPounds, String ceilingMessage) {
        Fund fund = fundWith(5_000_00);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();
        assertThatThrownBy(() -> start(fund, overPounds)).hasMessageContaining(ceilingMessage);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isEqualTo(before);
    }

    void approvalTheFundCannotCoverIsRefusedAndTheCheckStaysOpen() {
        Fund fund = fundWith(500_00);
        ProcessInstance instance = start(fund, 900);
        Task check = task(instance, checkTaskKey);
        assertThatThrownBy(() -> asFacilitator(() -> tasks.complete(check.getId(), Map.of("decision", "approve"))))
                .hasMessageContaining("Not enough left in " + fund.getName() + ": £500 available.");
        assertThat(task(instance, checkTaskKey).getId()).isEqualTo(check.getId());
        assertThat(chest.balance(fund.getId()).available()).isEqualTo(500_00);
        asFacilitator(() -> tasks.complete(check.getId(), Map.of("decision", "reject", "decisionReason",
                "The fund has too little left")));
        assertEnded(instance, "claimRejected");
    }

    private static void asFacilitator(Runnable work) {
        SignedIn.as("facilitator", "FACILITATOR", work);
    }

    private Task task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private void fireReminder(ProcessInstance instance) {
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        management.executeJob(timer.getId());
    }

    void assertEnded(ProcessInstance instance, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(endEvent).finished().count()).isEqualTo(1);
    }
}
