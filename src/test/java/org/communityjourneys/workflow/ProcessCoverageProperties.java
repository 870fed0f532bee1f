package org.communityjourneys.workflow;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage: a process test class ({@code *ProcessTest}) fails when it covers less
 * than 90% of the flow nodes and sequence flows of the models it started. Only contexts with
 * {@value #ENABLED}=true record coverage: process tests share one such context, every other test
 * (and any application a test starts itself) runs without the recording engine plugin.
 */
@AutoConfiguration
@ConditionalOnProperty(name = ProcessCoverageProperties.ENABLED, havingValue = "true")
public class ProcessCoverageProperties {

    public static final String ENABLED = "communityjourneys.test.process-coverage";
    static final double AT_LEAST = 0.9;

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .assertClassCoverageAtLeast(AT_LEAST)
                .addInclusionPatternForTestClasses("*ProcessTest")
                .build();
    }
}
