package org.communityjourneys.workflow.service.delegate;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.communityjourneys.review.service.LearningReviewService;
import org.springframework.stereotype.Component;

/**
 * Tells the review module that a learning-review task has opened: the group is asked for its
 * report (or its answer to a question), or a facilitator is asked to review it. For a report, the
 * grant's holder is the person who completed its grant application.
 */
@Component("learningReviewTaskOpened")
class LearningReviewTaskOpened implements TaskListener {

    static final String APPLICATION_TASK = "completeApplication";

    private final LearningReviewService reviews;

    LearningReviewTaskOpened(LearningReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID grantId = ProcessValues.uuid(task, "grantId");
        String key = task.getTaskDefinitionKey();
        if (key.startsWith("review")) {
            reviews.reviewRequested(grantId, task.getId());
        } else {
            UUID journeyId = UUID.fromString(task.getExecution().getProcessBusinessKey());
            reviews.reportRequested(grantId, journeyId, applicantOf(task, grantId), task.getId());
        }
    }

    /** Who completed this grant's application task: the application task inside the same funding. */
    private static String applicantOf(DelegateTask task, UUID grantId) {
        HistoryService history = task.getProcessEngineServices().getHistoryService();
        String processInstanceId = task.getProcessInstanceId();
        Set<String> fundingScopes = new HashSet<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName("grantId").list()) {
            if (variable.getValue() != null && grantId.toString().equals(variable.getValue().toString())) {
                fundingScopes.add(variable.getActivityInstanceId());
            }
        }
        for (HistoricTaskInstance application : history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(APPLICATION_TASK).finished().list()) {
            String activityInstanceId = application.getActivityInstanceId();
            for (int level = 0; level < 5 && activityInstanceId != null; level++) {
                if (fundingScopes.contains(activityInstanceId)) {
                    return application.getAssignee();
                }
                HistoricActivityInstance instance = history.createHistoricActivityInstanceQuery()
                        .activityInstanceId(activityInstanceId).singleResult();
                activityInstanceId = instance == null ? null : instance.getParentActivityInstanceId();
            }
        }
        return null;
    }
}
