package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.stereotype.Component;

/** Counts the ballots; the winning ideas go into {@code winningIdeaIds}, one grant each. */
@Component("tallyVotes")
class TallyVotes implements JavaDelegate {

    private final VoteService votes;

    TallyVotes(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("winningIdeaIds", ProcessValues.idList(votes.tally(ProcessValues.journeyId(execution))));
    }
}
