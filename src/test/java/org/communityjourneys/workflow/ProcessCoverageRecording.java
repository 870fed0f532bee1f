package org.communityjourneys.workflow;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Import;

/** Records which flow nodes and sequence flows the engine passes (after the thresholds are known). */
@AutoConfiguration(after = ProcessCoverageProperties.class)
@ConditionalOnProperty(name = ProcessCoverageProperties.ENABLED, havingValue = "true")
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageRecording {
}
