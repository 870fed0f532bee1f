package org.communityjourneys.studio.service;

import java.util.List;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelProblem;

/**
 * The checks a model passes before it is deployed: the engine's own parsers, the studio's rules
 * (structure, forms, roles, timers, the beans, classes and scripts a model may use, see
 * {@link ModelSafety}) and the models' contract with the code. A port: the engine adapter
 * ({@code workflow}) implements it, since only it may read models with the engine's parsers.
 */
public interface ModelChecks {

    /** The problems of one file on its own (forms it names must already be deployed). */
    default List<ModelProblem> validate(ModelFile file) {
        return validate(List.of(file));
    }

    /**
     * The problems of files deployed together: a process may name a form that is in the same
     * list. An empty result means every file may be deployed. For governance leads only.
     */
    List<ModelProblem> validate(List<ModelFile> files);

    /** The forms a process names with {@code camunda:formRefBinding="deployment"}, which must go in its deployment. */
    List<String> formsBoundByDeployment(ModelFile process);

    /** The decisions a process names with {@code camunda:decisionRefBinding="deployment"}, which must go in its deployment. */
    List<String> decisionsBoundByDeployment(ModelFile process);
}
