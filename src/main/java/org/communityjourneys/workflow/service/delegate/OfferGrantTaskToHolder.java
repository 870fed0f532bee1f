package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.springframework.stereotype.Component;

/**
 * Offers a holder's grant task (the application, the agreement) to the grant's holder by name,
 * as the chest records them; the model offers it to facilitators as a group, who act on the
 * holder's behalf. Other applicants are not offered it and cannot claim or complete it.
 */
@Component("offerGrantTaskToHolder")
class OfferGrantTaskToHolder implements TaskListener {

    private final GrantLifecycle lifecycle;

    OfferGrantTaskToHolder(GrantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateTask task) {
        String holder = lifecycle.holderOf(ProcessValues.uuid(task, "grantId"));
        if (holder != null && !holder.isBlank()) {
            task.addCandidateUser(holder);
        }
    }
}
