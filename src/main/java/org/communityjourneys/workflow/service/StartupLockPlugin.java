package org.communityjourneys.workflow.service;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.communityjourneys.shared.service.StartupLock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Takes the {@link StartupLock} before the engine builds, so two nodes started at once on an empty
 * database do not both create the engine's schema, deploy the seeds or make the admin group: the
 * second waits until the first has finished its whole start-up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLockPlugin extends AbstractProcessEnginePlugin {

    private final StartupLock lock;

    StartupLockPlugin(StartupLock lock) {
        this.lock = lock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        lock.take();
    }
}
