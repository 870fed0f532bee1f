package org.communityjourneys.workflow.service;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken seed model into one clear start-up message instead of a stack trace. */
public class ModelDeploymentFailureAnalyzer extends AbstractFailureAnalyzer<ModelDeploymentFailed> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ModelDeploymentFailed cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the file named above (open it in the governance studio or any BPMN/DMN editor) and start again.",
                cause);
    }
}
