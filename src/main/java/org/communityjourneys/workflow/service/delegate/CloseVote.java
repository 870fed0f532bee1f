package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.stereotype.Component;

/** Closes the participatory vote: no more ballots. */
@Component("closeVote")
class CloseVote implements JavaDelegate {

    private final VoteService votes;

    CloseVote(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.closeVote(ProcessValues.journeyId(execution));
    }
}
