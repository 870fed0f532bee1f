package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/** Puts the confirmed shortlist into {@code shortlistedIdeaIds}. */
@Component("loadShortlist")
class LoadShortlist implements JavaDelegate {

    private final IdeaService ideas;

    LoadShortlist(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("shortlistedIdeaIds", ProcessValues.idList(ideas.shortlist(ProcessValues.journeyId(execution))));
    }
}
