package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.ideas.service.IdeaService;
import org.springframework.stereotype.Component;

/** Opens the ideas window: residents can now put ideas forward and support them. */
@Component("openIdeasWindow")
class OpenIdeasWindow implements JavaDelegate {

    private final IdeaService ideas;

    OpenIdeasWindow(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ideas.openWindow(ProcessValues.journeyId(execution));
    }
}
