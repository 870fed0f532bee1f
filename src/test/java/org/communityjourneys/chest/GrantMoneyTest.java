package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.support.FundingStage;
import org.communityjourneys.support.GrantDrafts;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.wards.service.WardPages;
import org.communityjourneys.tasks.service.TaskInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Money a finance officer can rely on, on the real engine and PostgreSQL: a grant never asks more
 * than residents voted for, a different amount is the board's or panel's recorded decision with a
 * public reason, a grant is paid in instalments and is "paid" only when paid in full, the ward
 * page, the project page and {@code /api/projects} say the same "part paid £1,000 of £3,500", an
 * overpayment and a bare completion of the payment task change nothing, and the ledger shows the
 * commitment and the agreement as well as the payments.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GrantMoneyTest {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    @Autowired
    ApplicationContext context;
    @Autowired
    GrantApplicationService applications;
    @Autowired
    GrantPanelService panel;
    @Autowired
    GrantPayments payments;
    @Autowired
    ChestService chest;
    @Autowired
    TaskInbox inbox;
    @Autowired
    ManagementService management;
    @Autowired
    Projects projects;
    @Autowired
    WardPages wardPages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc http;

    @Test
    void anApplicationCannotAskMoreThanResidentsVotedFor() {
        // the idea was voted at £4,000 (half the journey's £8,000); the fund's band would allow £20,000
        FundingStage.Started started = FundingStage.toApplication(context, 8_000_00, "Capped " + java.util.UUID.randomUUID());
        Task application = FundingStage.taskAt(context, started, "completeApplication");
        Map<String, Object> before = grantRow(started);

        assertThat(applications.mostThatCanBeAsked(started.grantId())).isEqualTo(4_000_00);
        assertThat(applications.amountProblem(started.grantId(), 4_200_00)).get().asString()
                .contains("Residents voted for \u00a34,000");
        assertThatThrownBy(() -> SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.submit(started.grantId(),
                application.getId(), GrantDrafts.draft(4_200_00, false, false))))
                .hasMessageContaining("Residents voted for \u00a34,000");

        assertThat(grantRow(started)).isEqualTo(before);
        assertThat(FundingStage.taskAt(context, started, "completeApplication").getId()).isEqualTo(application.getId());
        // asking less than was voted is the group's choice
        SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.submit(started.grantId(), application.getId(),
                GrantDrafts.draft(3_900_00, false, false)));
        assertThat(chest.grant(started.grantId()).getAmountPence()).isEqualTo(3_900_00);
        assertThat(chest.grant(started.grantId()).getVotedPence()).isEqualTo(4_000_00);
    }

    @Test
    void theBoardMayApproveADifferentAmountOnlyWithAReasonAndTheReasonIsPublic() {
        FundingStage.Started started = boardReferred();
        Task board = FundingStage.taskAt(context, started, "boardReferral");
        Map<String, Object> before = grantRow(started);

        assertThatThrownBy(() -> SignedIn.as("governance", "GOVERNANCE", () -> {
            panel.boardDecides(started.grantId(), board.getId(), true, "Good plan.", 3_500_00L, " ");
            return null;
        })).hasMessageContaining("Give the reason for approving a different amount");
        assertThat(grantRow(started)).isEqualTo(before);
        assertThat(ledgerOf(started, LedgerEntryKind.COMMITMENT)).isEmpty();

        SignedIn.as("governance", "GOVERNANCE", () -> {
            panel.boardDecides(started.grantId(), board.getId(), true, "Good plan.", 3_500_00L,
                    "The hall hire is already paid by the parish.");
            return null;
        });
        var grant = chest.grant(started.grantId());
        assertThat(grant.getAmountPence()).isEqualTo(3_500_00);
        assertThat(grant.getVotedPence()).isEqualTo(4_000_00);
        assertThat(grant.getAmountChangeReason()).isEqualTo("The hall hire is already paid by the parish.");
        assertThat(ledgerOf(started, LedgerEntryKind.COMMITMENT)).containsExactly(3_500_00L);

        agree(started);
        assertThat(ledgerOf(started, LedgerEntryKind.AGREEMENT)).containsExactly(3_500_00L);
        Projects.ProjectSummary project = projects.project(started.grantId()).orElseThrow().project();
        assertThat(project.votedPence()).isEqualTo(4_000_00);
        assertThat(project.approvedPence()).isEqualTo(3_500_00);
        assertThat(project.amountChangeReason()).isEqualTo("The hall hire is already paid by the parish.");
    }

    @Test
    void aGrantIsPaidInInstalmentsAndIsPaidOnlyWhenPaidInFull() throws Exception {
        FundingStage.Started started = boardReferred();
        SignedIn.as("governance", "GOVERNANCE", () -> {
            panel.boardDecides(started.grantId(), FundingStage.taskAt(context, started, "boardReferral").getId(), true,
                    "Good plan.", 3_500_00L, "Less hall hire.");
            return null;
        });
        agree(started);
        Task first = FundingStage.taskAt(context, started, "recordPayment");
        LocalDate today = LocalDate.now(COUNTY);

        pay(started, first, 1_000_00, "BACS 0001", today);

        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.PART_PAID);
        Task second = FundingStage.taskAt(context, started, "recordPayment");
        assertThat(second).as("the payment task comes back for the next instalment").isNotNull();
        assertThat(second.getId()).isNotEqualTo(first.getId());
        String partPaid = "part paid \u00a31,000 of \u00a33,500";
        assertThat(payments.position(started.grantId()).leftPence()).isEqualTo(2_500_00);
        assertThat(projects.project(started.grantId()).orElseThrow().project().payment()).isEqualTo(partPaid);
        assertThat(projects.project(started.grantId()).orElseThrow().project().status()).isEqualTo(Projects.Status.PART_PAID);
        assertThat(wardPages.journey(started.journeyId()).orElseThrow().fundedProjects())
                .singleElement().satisfies(funded -> assertThat(funded.payment()).isEqualTo(partPaid));
        assertThat(apiProject(started).path("payment").asText()).isEqualTo(partPaid);
        assertThat(apiProject(started).path("paidPence").asLong()).isEqualTo(1_000_00);
        assertThat(apiProject(started).path("approvedPence").asLong()).isEqualTo(3_500_00);

        // an overpayment, a bare completion of the task and someone else's payment change nothing
        Map<String, Object> before = grantRow(started);
        long ledgerRows = ledgerRows(started);
        assertThatThrownBy(() -> pay(started, second, 2_600_00, "BACS 0002", today))
                .hasMessageContaining("more than is left to pay: \u00a32,500");
        assertThatThrownBy(() -> SignedIn.as("governance", "GOVERNANCE", () -> {
            inbox.complete(second.getId(), Map.of(), "governance", EnumSet.of(Role.GOVERNANCE));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> {
            payments.payOnScreen(started.grantId(), second.getId(), 100_00, "BACS 0003", today);
            return null;
        })).isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> pay(started, second, 100_00, "BACS 0004", today.plusDays(1)))
                .hasMessageContaining("in the future");
        assertThat(grantRow(started)).isEqualTo(before);
        assertThat(ledgerRows(started)).isEqualTo(ledgerRows);
        assertThat(FundingStage.taskAt(context, started, "recordPayment").getId()).isEqualTo(second.getId());

        pay(started, second, 2_500_00, "BACS 0005", today);

        assertThat(chest.grant(started.grantId()).getStatus()).isEqualTo(GrantStatus.PAID);
        assertThat(FundingStage.taskAt(context, started, "recordPayment")).isNull();
        assertThat(management.createJobQuery().processInstanceId(started.processInstanceId()).timers()
                .activityId("learningReviewDue").count()).as("the learning review waits for the paid grant").isEqualTo(1);
        assertThat(ledgerOf(started, LedgerEntryKind.PAYMENT)).containsExactly(1_000_00L, 2_500_00L);
        assertThat(ledgerOf(started, LedgerEntryKind.COMMITMENT)).containsExactly(3_500_00L);
        assertThat(ledgerOf(started, LedgerEntryKind.AGREEMENT)).containsExactly(3_500_00L);
        assertThat(projects.project(started.grantId()).orElseThrow().project().payment()).isEqualTo("paid \u00a33,500");
        assertThat(apiProject(started).path("payment").asText()).isEqualTo("paid \u00a33,500");
        assertThat(wardPages.journey(started.journeyId()).orElseThrow().fundedProjects())
                .singleElement().satisfies(funded -> assertThat(funded.payment()).isEqualTo("paid \u00a33,500"));
    }

    // ------------------------------------------------------------------ inside

    /** A £4,000 idea applied for in full by a first-time group working with children: the board's route. */
    private FundingStage.Started boardReferred() {
        FundingStage.Started started = FundingStage.toApplication(context, 8_000_00, "Board " + java.util.UUID.randomUUID());
        Task application = FundingStage.taskAt(context, started, "completeApplication");
        SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> applications.submit(started.grantId(), application.getId(),
                GrantDrafts.draft(4_000_00, true, true)));
        Journeys.runDueJobs(management, started.processInstanceId());
        assertThat(FundingStage.taskAt(context, started, "boardReferral")).as("routed to the board").isNotNull();
        return started;
    }

    private void agree(FundingStage.Started started) {
        Task agreement = FundingStage.taskAt(context, started, "acceptAgreement");
        SignedIn.as(FundingStage.HOLDER, "APPLICANT", () -> {
            inbox.complete(agreement.getId(), Map.of("agreementDecision", "accept"), FundingStage.HOLDER,
                    EnumSet.of(Role.APPLICANT));
            return null;
        });
        Journeys.runDueJobs(management, started.processInstanceId());
    }

    private void pay(FundingStage.Started started, Task task, long pence, String reference, LocalDate paidOn) {
        SignedIn.as("governance", "GOVERNANCE", () -> {
            payments.payOnScreen(started.grantId(), task.getId(), pence, reference, paidOn);
            return null;
        });
        Journeys.runDueJobs(management, started.processInstanceId());
    }

    private JsonNode apiProject(FundingStage.Started started) throws Exception {
        String body = http.perform(get("/api/projects")).andReturn().getResponse().getContentAsString();
        for (JsonNode project : new ObjectMapper().readTree(body)) {
            if (project.path("id").asText().equals(started.grantId().toString())) {
                return project;
            }
        }
        throw new AssertionError("/api/projects does not list the grant " + started.grantId());
    }

    private Map<String, Object> grantRow(FundingStage.Started started) {
        return jdbc.queryForMap("select * from chest_grant where id = ?", started.grantId());
    }

    private long ledgerRows(FundingStage.Started started) {
        return jdbc.queryForObject("select count(*) from ledger_entry where journey_id = ?", Long.class, started.journeyId());
    }

    private List<Long> ledgerOf(FundingStage.Started started, LedgerEntryKind kind) {
        return jdbc.queryForList("select amount_pence from ledger_entry where grant_id = ? and kind = ? order by id",
                Long.class, started.grantId(), kind.name());
    }
}
