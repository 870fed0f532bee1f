package org.communityjourneys.workflow.service.delegate;

import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The names delegates had before twins were merged into one, registered as aliases before any
 * process version can ask for them: process versions deployed earlier (and instances still running
 * on them) name {@code ${sendGrantReminder}} or the direct-grant delegates, and keep working.
 */
@Component
class OlderDelegateNames implements BeanDefinitionRegistryPostProcessor {

    /** Older name to the delegate that answers to it now. */
    static final Map<String, String> ALIASES = Map.of(
            "sendGrantReminder", "sendTaskReminder",
            "recordDirectGrantClaim", "recordGrantClaim",
            "recordDirectGrantDecision", "recordGrantDecision",
            "recordDirectGrantPayment", "recordGrantPayment");

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        ALIASES.forEach((older, current) -> registry.registerAlias(current, older));
    }
}
