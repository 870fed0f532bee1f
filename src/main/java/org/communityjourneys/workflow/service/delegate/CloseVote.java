package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.stereotype.Component;

/**
 * Closes the participatory vote: no more ballots. Run by a node's job executor (the timer fired by
 * that node's clock), it closes at the database's time ({@link VoteService#closeVoteAtItsTime});
 * run by hand (an operator executing the job in Cockpit), it closes now.
 */
@Component("closeVote")
class CloseVote implements JavaDelegate {

    private final VoteService votes;

    CloseVote(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Context.getJobExecutorContext() != null) {
            votes.closeVoteAtItsTime(ProcessValues.journeyId(execution));
        } else {
            votes.closeVote(ProcessValues.journeyId(execution));
        }
    }
}
