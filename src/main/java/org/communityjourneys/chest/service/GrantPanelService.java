package org.communityjourneys.chest.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.ConsolidatedScores;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.PanelScore;
import org.communityjourneys.chest.domain.PanelScoreRepository;
import org.communityjourneys.chest.domain.PanelScored;
import org.communityjourneys.chest.domain.PrincipleScore;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel route and the board route of proportionate governance. Two different panel members
 * each score the five principles 1 to 5 with a comment (the same member can never score a grant
 * twice); the panel chair then approves or declines on the consolidated scores. Grants referred
 * to the board are decided by a governance lead. Approval is refused when the money is no longer
 * there ({@link NotEnoughInFund}). Each call completes its screen's task in the same transaction.
 */
@Service
@Transactional
public class GrantPanelService {

    public static final String PANEL_SCREEN = "panel-review";
    public static final String CHAIR_SCREEN = "panel-chair";
    public static final String BOARD_SCREEN = "board-referral";
    /** How many different panel members score each application. */
    public static final int SCORERS = 2;

    private final ScreenTaskCompletion screenTasks;
    private final ChestService chest;
    private final GrantLifecycle lifecycle;
    private final PanelScoreRepository scores;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantPanelService(ChestService chest, GrantLifecycle lifecycle, PanelScoreRepository scores, CurrentUser currentUser,
            ApplicationEventPublisher events, Optional<Clock> clock, ScreenTaskCompletion screenTasks) {
        this.screenTasks = screenTasks;
        this.chest = chest;
        this.lifecycle = lifecycle;
        this.scores = scores;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One panel member's scores (1 to 5) and comments on every principle. */
    public PanelScore score(UUID grantId, String taskId, Map<FundingPrinciple, Integer> values,
            Map<FundingPrinciple, String> comments) {
        String member = requireRole(Role.PANEL, "Only panel members can score grant applications.");
        Grant grant = applied(grantId);
        List<Wording> problems = new ArrayList<>();
        List<PrincipleScore> lines = new ArrayList<>();
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            Integer value = values == null ? null : values.get(principle);
            String comment = comments == null ? null : comments.get(principle);
            if (value == null || value < 1 || value > 5) {
                problems.add(Wording.of("chest.panel.scoreMissing", principle.wording()));
            } else if (comment == null || comment.isBlank()) {
                problems.add(Wording.of("chest.panel.commentMissing", principle.wording()));
            } else if (comment.length() > 2000) {
                problems.add(Wording.of("chest.panel.commentTooLong", principle.wording()));
            } else {
                lines.add(new PrincipleScore(principle, value, comment.trim()));
            }
        }
        if (!problems.isEmpty()) {
            throw Refused.input(problems);
        }
        if (scores.existsByGrantIdAndMember(grantId, member)) {
            throw Refused.state("chest.panel.alreadyScored");
        }
        PanelScore saved = scores.saveAndFlush(new PanelScore(grantId, member, lines, clock.instant()));
        events.publishEvent(new PanelScored(grantId, grant.getJourneyId(), member,
                lines.stream().mapToInt(PrincipleScore::getScore).sum()));
        screenTasks.complete(new TaskDoneOnScreen(taskId, grant.getJourneyId(), PANEL_SCREEN, Map.of(), grantId));
        return saved;
    }

    /** The scores side by side, for the chair (panel members and governance leads only). */
    @Transactional(readOnly = true)
    public ConsolidatedScores consolidated(UUID grantId) {
        if (!currentUser.hasRole(Role.PANEL) && !currentUser.hasRole(Role.GOVERNANCE)) {
            throw new AccessDeniedToRole("Only the panel and governance leads can see panel scores.");
        }
        return ConsolidatedScores.of(scores.findByGrantIdOrderByScoredAtAsc(grantId));
    }

    /** Whether the signed-in person has already scored this grant. */
    @Transactional(readOnly = true)
    public boolean hasScored(UUID grantId) {
        return currentUser.username().map(member -> hasScored(grantId, member)).orElse(false);
    }

    /**
     * Whether this panel member has scored the grant: they may then neither score it again nor
     * chair its decision, so its remaining panel tasks are not offered to them.
     */
    @Transactional(readOnly = true)
    public boolean hasScored(UUID grantId, String member) {
        return scores.existsByGrantIdAndMember(grantId, member);
    }

    /**
     * The panel chair approves or declines, with a reason, once two members have scored. The chair
     * is never one of the grant's scorers.
     */
    public void chairDecides(UUID grantId, String taskId, boolean approve, String reason) {
        chairDecides(grantId, taskId, approve, reason, null, null);
    }

    /**
     * As {@link #chairDecides(UUID, String, boolean, String)}, approving {@code approvedPence}
     * instead of what was applied for, for the reason given (published with the grant).
     */
    public void chairDecides(UUID grantId, String taskId, boolean approve, String reason, Long approvedPence,
            String amountReason) {
        String chair = requireRole(Role.PANEL, "Only the panel chair can decide a panel grant.");
        Grant grant = applied(grantId);
        if (scores.findByGrantIdOrderByScoredAtAsc(grantId).size() < SCORERS) {
            throw Refused.state("chest.chair.twoScoresFirst");
        }
        if (scores.existsByGrantIdAndMember(grantId, chair)) {
            throw Refused.state("chest.chair.scoredItself");
        }
        decide(grant, "PANEL_REVIEW", approve, reason, chair, taskId, CHAIR_SCREEN, approvedPence, amountReason);
    }

    /** A governance lead decides a grant referred to the board, with a reason. */
    public void boardDecides(UUID grantId, String taskId, boolean approve, String reason) {
        boardDecides(grantId, taskId, approve, reason, null, null);
    }

    /** As {@link #boardDecides(UUID, String, boolean, String)}, approving a different amount for a reason. */
    public void boardDecides(UUID grantId, String taskId, boolean approve, String reason, Long approvedPence,
            String amountReason) {
        String lead = requireRole(Role.GOVERNANCE, "Only a governance lead can record the board's decision.");
        decide(applied(grantId), "BOARD_REFERRAL", approve, reason, lead, taskId, BOARD_SCREEN, approvedPence, amountReason);
    }

    private void decide(Grant grant, String route, boolean approve, String reason, String by, String taskId, String screen,
            Long approvedPence, String amountReason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw Refused.input("chest.decision.reasonMissing");
        }
        if (trimmed.length() > 1000) {
            throw Refused.input("chest.decision.reasonTooLong");
        }
        lifecycle.recordDecision(grant.getId(), route, approve, trimmed, approvedPence, amountReason);
        screenTasks.complete(new TaskDoneOnScreen(taskId, grant.getJourneyId(), screen,
                Map.of("decision", approve ? "approve" : "reject", "decisionReason", trimmed), grant.getId()));
    }

    private Grant applied(UUID grantId) {
        Grant grant = chest.grant(grantId);
        if (grant.getStatus() != GrantStatus.ROUTED) {
            throw Refused.state("chest.decision.notWaiting");
        }
        return grant;
    }

    private String requireRole(Role role, String refusal) {
        String username = currentUser.require();
        if (!currentUser.hasRole(role)) {
            throw new AccessDeniedToRole(refusal);
        }
        return username;
    }
}
