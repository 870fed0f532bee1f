package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.stereotype.Component;

/** Certifies the result when the facilitator says it is correct; "recount" certifies nothing. */
@Component("certifyVoteResult")
class CertifyVoteResult implements TaskListener {

    private final VoteService votes;
    private final TaskCompleter completer;

    CertifyVoteResult(VoteService votes, TaskCompleter completer) {
        this.votes = votes;
        this.completer = completer;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = ProcessValues.text(task, "resultDecision");
        if (!"certify".equals(decision) && !"recount".equals(decision)) {
            throw new IllegalArgumentException("Say whether the result is correct (certify) or needs a recount.");
        }
        if ("certify".equals(decision)) {
            votes.certify(ProcessValues.journeyId(task), completer.of(task));
        }
    }
}
