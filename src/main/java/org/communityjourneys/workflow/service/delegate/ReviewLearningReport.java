package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.review.service.LearningReviewService;
import org.springframework.stereotype.Component;

/** Records the facilitator's review: accepted, or a question back to the group. */
@Component("reviewLearningReport")
class ReviewLearningReport implements TaskListener {

    private final LearningReviewService reviews;
    private final TaskCompleter completer;

    ReviewLearningReport(LearningReviewService reviews, TaskCompleter completer) {
        this.reviews = reviews;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.text(task, "reviewDecision");
        if (!"accept".equals(decision) && !"clarify".equals(decision)) {
            throw new IllegalArgumentException("Choose whether to accept the report or ask for clarification.");
        }
        reviews.review(ProcessValues.uuid(task, "grantId"), "accept".equals(decision),
                ProcessValues.text(task, "reviewNote"), completer.of(task));
    }
}
