package org.communityjourneys.workflow.service;

import org.communityjourneys.tasks.service.TaskInbox;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs a product call on the engine as the system, but in a person's name. The product checks
 * roles itself (e.g. {@link TaskInbox}), so the engine's authorization checks are switched off for
 * the call; the person is set as the engine's authenticated user so that the engine's history
 * names them (the user operation log of a claim or a completion). Without a name the engine logs
 * no user operation at all.
 */
@Component
class OnBehalfOf {

    private final ProcessEngineConfigurationImpl configuration;
    private final IdentityService identity;

    OnBehalfOf(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.identity = engine.getIdentityService();
    }

    void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }

    <T> T call(String username, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthenticatedUserId(username);
        try {
            return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
                boolean checking = commandContext.isAuthorizationCheckEnabled();
                boolean checkingTenants = commandContext.isTenantCheckEnabled();
                commandContext.disableAuthorizationCheck();
                commandContext.disableTenantCheck();
                try {
                    // service calls made here join this command context, checks off
                    return work.get();
                } finally {
                    if (checking) {
                        commandContext.enableAuthorizationCheck();
                    }
                    if (checkingTenants) {
                        commandContext.enableTenantCheck();
                    }
                }
            });
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }
}
