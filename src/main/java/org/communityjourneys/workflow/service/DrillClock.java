package org.communityjourneys.workflow.service;

import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the cluster drill only (docs/operations.md, "Drills"): a node that runs as if its clock were
 * {@code communityjourneys.cluster-drill.clock-offset} (e.g. {@code 1s}, {@code -1s}) away from the
 * machine's and the database's, for the engine (its job executor decides by it when a timer is due)
 * and for every service that takes the application's {@link Clock}. The operating system's clock
 * stays as it is: libfaketime made a node start six times slower. Never set in production.
 */
@Configuration
@ConditionalOnProperty(name = "communityjourneys.cluster-drill.clock-offset")
class DrillClock {

    private static final Logger log = LoggerFactory.getLogger(DrillClock.class);

    private final Duration offset;

    DrillClock(@Value("${communityjourneys.cluster-drill.clock-offset}") Duration offset) {
        this.offset = offset;
    }

    @Bean
    Clock nodeClock() {
        return Clock.offset(Clock.systemUTC(), offset);
    }

    @Bean
    ProcessEnginePlugin drillEngineClock() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                ClockUtil.offset(offset.toMillis());
                log.warn("Cluster drill: this node's clock runs {} from the machine's (engine and services)", offset);
            }
        };
    }
}
