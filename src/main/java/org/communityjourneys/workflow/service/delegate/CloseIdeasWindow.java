package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/** Closes the ideas window, at the deadline or early when a facilitator says so. */
@Component("closeIdeasWindow")
class CloseIdeasWindow implements JavaDelegate {

    private final IdeaService ideas;

    CloseIdeasWindow(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ideas.closeWindow(ProcessValues.journeyId(execution), ProcessValues.flag(execution, "ideasClosedEarly"));
    }
}
