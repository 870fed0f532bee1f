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
import org.communityjourneys.chest.service.DirectGrantService;
import org.communityjourneys.review.service.LearningReviewService;
import org.springframework.stereotype.Component;

/**
 * Tells the review module that a learning-review task has opened: the group is asked for its
 * report (or its answer to a question), or a facilitator is asked to review it. For a report, the
 * grant's holder is the person who completed its grant application; in a process without a journey
 * (a hub's start-up grant) it is the person who claimed the grant, and there is no journey id.
 */
@Component("learningReviewTaskOpened")
class LearningReviewTaskOpened implements TaskListener {

    static final String APPLICATION_TASK = "completeApplication";
    static final String FUNDING = "fundIdea";

    private final LearningReviewService reviews;
    private final DirectGrantService directGrants;

    LearningReviewTaskOpened(LearningReviewService reviews, DirectGrantService directGrants) {
        this.reviews = reviews;
        this.directGrants = directGrants;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID grantId = ProcessValues.uuid(task, "grantId");
        String key = task.getTaskDefinitionKey();
        if (key.startsWith("review")) {
            reviews.reviewRequested(grantId, task.getId());
        } else if (ProcessValues.text(task, ProcessValues.JOURNEY_ID) == null) {
            String holder = directGrants.get(grantId).getAppliedBy();
            reviews.reportRequested(grantId, null, holder, task.getId());
            offerToHolder(task, holder);
        } else {
            UUID journeyId = UUID.fromString(task.getExecution().getProcessBusinessKey());
            String holder = applicantOf(task, grantId);
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

    /**
     * Who completed this grant's application task. Each winning idea is funded in its own instance
     * of "Fund winning idea", whose scope holds the grant id; the application task whose enclosing
     * "Fund winning idea" instance is that scope is the one.
     */
    private static String applicantOf(DelegateTask task, UUID grantId) {
        HistoryService history = task.getProcessEngineServices().getHistoryService();
        String processInstanceId = task.getProcessInstanceId();
        Set<String> fundingScopes = new HashSet<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName("grantId").list()) {
            if (variable.getValue() != null && grantId.toString().equals(variable.getValue().toString())) {
                fundingScopes.add(variable.getExecutionId());
                fundingScopes.add(variable.getActivityInstanceId());
            }
        }
        for (HistoricTaskInstance application : history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(APPLICATION_TASK).finished().list()) {
            HistoricActivityInstance funding = enclosingFunding(history, application.getActivityInstanceId());
            if (funding != null && (fundingScopes.contains(funding.getId()) || fundingScopes.contains(funding.getExecutionId()))) {
                return application.getAssignee();
            }
        }
        return null;
    }

    private static HistoricActivityInstance enclosingFunding(HistoryService history, String activityInstanceId) {
        String id = activityInstanceId;
        for (int level = 0; level < 6 && id != null; level++) {
            HistoricActivityInstance instance = history.createHistoricActivityInstanceQuery().activityInstanceId(id)
                    .singleResult();
            if (instance == null) {
                return null;
            }
            if (FUNDING.equals(instance.getActivityId())) {
                return instance;
            }
            id = instance.getParentActivityInstanceId();
        }
        return null;
    }
}
