package org.communityjourneys.workflow.service.delegate;

import org.communityjourneys.shared.domain.ModelContract;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.review.service.LearningReviewService;
import org.springframework.stereotype.Component;

/**
 * Tells the review module that a learning-review task has opened: the group is asked for its
 * report (or its answer to a question), or a facilitator is asked to review it. For a report, the
 * grant's holder is the one the chest recorded when the grant opened (the winning idea's author);
 * in a process without a journey (a hub's start-up grant) it is the person who claimed the grant
 * (its holder too), and there is no journey id. The report task is offered to the holder by name.
 */
@Component("learningReviewTaskOpened")
class LearningReviewTaskOpened implements TaskListener {

    private final LearningReviewService reviews;
    private final GrantLifecycle lifecycle;

    LearningReviewTaskOpened(LearningReviewService reviews, GrantLifecycle lifecycle) {
        this.reviews = reviews;
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID grantId = ProcessValues.uuid(task, "grantId");
        String key = task.getTaskDefinitionKey();
        if (ModelContract.isReviewTask(key)) {
            reviews.reviewRequested(grantId, task.getId());
        } else if (ProcessValues.text(task, ProcessValues.JOURNEY_ID) == null) {
            String holder = lifecycle.holderOf(grantId);
            reviews.reportRequested(grantId, null, holder, task.getId());
            offerToHolder(task, holder);
        } else {
            UUID journeyId = UUID.fromString(task.getExecution().getProcessBusinessKey());
            String holder = lifecycle.holderOf(grantId);
            reviews.reportRequested(grantId, journeyId, holder, task.getId());
            offerToHolder(task, holder);
        }
    }

    /**
     * The holder sees the report in their own task list whatever their role (a hub's claimant may
     * be a resident without the applicant role); the model's candidate groups stay as they are.
     */
    private static void offerToHolder(DelegateTask task, String holder) {
        if (holder != null && !TaskCompleter.SYSTEM.equals(holder)) {
            task.addCandidateUser(holder);
        }
    }
}
