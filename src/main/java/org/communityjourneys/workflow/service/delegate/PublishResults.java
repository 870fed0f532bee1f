package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.stereotype.Component;

/** Publishes the certified result. */
@Component("publishResults")
class PublishResults implements JavaDelegate {

    private final VoteService votes;

    PublishResults(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.publish(ProcessValues.journeyId(execution));
    }
}
