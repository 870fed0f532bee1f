package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.stereotype.Component;

/** Opens the participatory vote. */
@Component("openVote")
class OpenVote implements JavaDelegate {

    private final VoteService votes;

    OpenVote(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.openVote(ProcessValues.journeyId(execution));
    }
}
