package org.communityjourneys.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.service.LearningReviewClock;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.FundedJourneys;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteClock;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.tasks.service.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The facilitator's stage clocks on the real engine and PostgreSQL: the vote opened now takes
 * ballots at once, closed now refuses the next ballot at once and goes on to certification; the
 * learning report asked now opens the group's task; each is in the audit log, and each refuses
 * the wrong role or the wrong moment without changing a row.
 */
@SpringBootTest
@ActiveProfiles("test")
class StageClocksTest {

    @Autowired JourneyService journeys;
    @Autowired ShowcaseService showcase;
    @Autowired IdeaService ideas;
    @Autowired VoteService votes;
    @Autowired VoteClock voteClock;
    @Autowired LearningReviewClock reviewClock;
    @Autowired ChestService chest;
    @Autowired GrantApplicationService applications;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired TaskInbox inbox;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    FundedJourneys funding;

    @BeforeEach
    void drive() {
        funding = new FundedJourneys(journeys, showcase, ideas, votes, chest, applications, runtime, tasks, management, inbox);
    }

    @Test
    void theVoteOpenedNowTakesBallotsAndClosedNowRefusesTheNextOne() {
        FundedJourneys.Scheduled scheduled = funding.voteScheduled("applicant");
        var journeyId = scheduled.journey().getId();
        String instance = scheduled.journey().getProcessInstanceId();
        assertThat(journeys.get(journeyId).getStage()).isEqualTo(JourneyStage.VOTE_SCHEDULED);

        // a resident, or the wrong moment, changes nothing
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> {
            voteClock.openNow(journeyId, "resident");
            return null;
        })).isInstanceOf(AccessDeniedToRole.class);
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            voteClock.closeNow(journeyId, "facilitator");
            return null;
        })).hasMessageContaining("not open");
        assertThat(votes.isOpen(journeyId)).isFalse();

        SignedIn.asFacilitator(() -> {
            voteClock.openNow(journeyId, "facilitator");
            return null;
        });
        assertThat(votes.isOpen(journeyId)).as("open from the moment it is opened").isTrue();
        SignedIn.as("resident", "RESIDENT", () -> votes.cast(journeyId, "resident", BallotChoice.picking(List.of(scheduled.ideaId()))));
        Journeys.runDueJobs(management, instance);
        assertThat(journeys.get(journeyId).getStage()).isEqualTo(JourneyStage.VOTE);
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            voteClock.openNow(journeyId, "facilitator");
            return null;
        })).hasMessageContaining("not waiting to open");

        SignedIn.asFacilitator(() -> {
            voteClock.closeNow(journeyId, "facilitator");
            return null;
        });
        long participations = jdbc.queryForObject("select count(*) from vote_participation where journey_id = ?", Long.class,
                journeyId);
        assertThatThrownBy(() -> SignedIn.as("applicant", "RESIDENT", () -> votes.cast(journeyId, "applicant",
                BallotChoice.picking(List.of(scheduled.ideaId()))))).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from vote_participation where journey_id = ?", Long.class, journeyId))
                .isEqualTo(participations);
        Journeys.runDueJobs(management, instance);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("certifyResult").count())
                .as("the count and certification follow the early close").isEqualTo(1);
        assertThat(audit.about("journey", journeyId.toString()))
                .extracting(entry -> entry.getAction()).contains("vote.opened-now", "vote.closed-now");
    }

    @Test
    void theLearningReportAskedNowOpensTheGroupsTaskOnce() {
        FundedJourneys.Funded funded = funding.paidGrant("applicant");
        String instance = funded.journey().getProcessInstanceId();
        assertThat(reviewClock.mayAskNow(funded.grantId())).isTrue();
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> {
            reviewClock.askNow(funded.grantId(), "resident");
            return null;
        })).isInstanceOf(AccessDeniedToRole.class);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("sendLearningReport").count()).isZero();

        SignedIn.asFacilitator(() -> {
            reviewClock.askNow(funded.grantId(), "facilitator");
            return null;
        });
        Journeys.runDueJobs(management, instance);

        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("sendLearningReport").count()).isEqualTo(1);
        assertThat(reviewClock.mayAskNow(funded.grantId())).isFalse();
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            reviewClock.askNow(funded.grantId(), "facilitator");
            return null;
        })).hasMessageContaining("already been asked");
        assertThat(audit.about("grant", funded.grantId().toString()))
                .extracting(entry -> entry.getAction()).contains("learning-report.asked-now");
    }
}
