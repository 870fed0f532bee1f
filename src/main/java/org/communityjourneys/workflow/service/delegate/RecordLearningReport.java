package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.review.domain.LearningReportDraft;
import org.communityjourneys.review.service.LearningReviewService;
import org.springframework.stereotype.Component;

/** Saves the applicant's learning report. */
@Component("recordLearningReport")
class RecordLearningReport implements TaskListener {

    private final LearningReviewService reviews;
    private final TaskCompleter completer;

    RecordLearningReport(LearningReviewService reviews, TaskCompleter completer) {
        this.reviews = reviews;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        LearningReportDraft report = new LearningReportDraft(
                ProcessValues.text(task, "whatHappened"),
                ProcessValues.wholeNumber(task, "peopleReached", "the number of people reached"),
                ProcessValues.wholeNumber(task, "volunteers", "the number of volunteers"),
                ProcessValues.text(task, "story"));
        reviews.recordReport(ProcessValues.uuid(task, "grantId"), report, completer.of(task));
    }
}
