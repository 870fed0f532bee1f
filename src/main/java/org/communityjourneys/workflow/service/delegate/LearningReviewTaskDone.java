package org.communityjourneys.workflow.service.delegate;

import org.communityjourneys.shared.domain.ModelContract;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.review.service.LearningReviewService;
import org.springframework.stereotype.Component;

/**
 * The guard on every learning-review task's completion: the review module must agree that the
 * report was filed (report tasks) or reviewed as the decision says (review tasks, whose ids start
 * with "review"). Otherwise the completion fails in its own transaction and the task stays open,
 * so completing the task with bare variables, over any door, cannot close the learning review.
 */
@Component("learningReviewTaskDone")
class LearningReviewTaskDone implements TaskListener {

    private final LearningReviewService reviews;

    LearningReviewTaskDone(LearningReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID grantId = ProcessValues.uuid(task, "grantId");
        if (grantId == null) {
            throw new IllegalStateException("This learning-review task names no grant.");
        }
        reviews.requireStepDone(grantId, ModelContract.isReviewTask(task.getTaskDefinitionKey()),
                ProcessValues.text(task, "reviewDecision"));
    }
}
