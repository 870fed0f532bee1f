package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/** Puts the ideas still in play into {@code ideaIds}, one eligibility screening each. */
@Component("loadIdeasToScreen")
class LoadIdeasToScreen implements JavaDelegate {

    private final IdeaService ideas;

    LoadIdeasToScreen(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("ideaIds", ProcessValues.idList(ideas.ideasToScreen(ProcessValues.journeyId(execution))));
    }
}
