package org.communityjourneys.review.service;

import java.util.UUID;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.service.JourneyProcess;
import org.communityjourneys.review.domain.LearningReportAskedEarly;
import org.communityjourneys.review.domain.LearningReportRequestRepository;
import org.communityjourneys.shared.domain.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator asks a paid grant's group for its learning report now, instead of when the review
 * timer set at payment comes round: only for a grant paid in full and not yet asked.
 */
@Service
@Transactional
public class LearningReviewClock {

    private final ChestService chest;
    private final LearningReportRequestRepository requests;
    private final JourneyProcess process;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    LearningReviewClock(ChestService chest, LearningReportRequestRepository requests, JourneyProcess process,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.chest = chest;
        this.requests = requests;
        this.process = process;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Whether the group of this journey grant could be asked now (paid in full, not asked yet). */
    @Transactional(readOnly = true)
    public boolean mayAskNow(UUID grantId) {
        return chest.findFundedGrant(grantId).isPresent() && chest.grant(grantId).getStatus().isPaid()
                && !requests.existsById(grantId);
    }

    public void askNow(UUID grantId, String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR);
        Grant grant = chest.grant(grantId);
        if (!grant.getStatus().isPaid()) {
            throw Refused.state("review.refused.askNowNotPaid", grant.getStatus().wording());
        }
        if (requests.existsById(grantId)) {
            throw Refused.state("review.refused.askNowAlreadyAsked");
        }
        process.askForLearningReportNow(grant.getJourneyId(), grantId);
        events.publishEvent(new LearningReportAskedEarly(grantId, grant.getJourneyId(), facilitator));
    }
}
