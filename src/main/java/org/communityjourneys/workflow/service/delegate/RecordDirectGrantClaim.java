package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.domain.DirectGrantProgramme;
import org.communityjourneys.chest.service.DirectGrantService;
import org.springframework.stereotype.Component;

/**
 * Records a hub start-up or fast-track claim from the start form and keeps its id as
 * {@code grantId}, and as the process's business key (so screens that finish its tasks name the
 * grant, as journey screens name their journey). The programme comes from the model's input
 * parameter {@code programme}. A refused claim (e.g. over the programme's ceiling) starts no process.
 */
@Component("recordDirectGrantClaim")
class RecordDirectGrantClaim implements JavaDelegate {

    private final DirectGrantService grants;

    RecordDirectGrantClaim(DirectGrantService grants) {
        this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DirectGrantProgramme programme = DirectGrantProgramme.valueOf(ProcessValues.text(execution, "programme"));
        String applicant = ProcessValues.text(execution, "applicant");
        var grantId = grants.apply(programme, ProcessValues.uuid(execution, "fundId"),
                ProcessValues.text(execution, "organisation"), ProcessValues.text(execution, "contact"),
                ProcessValues.text(execution, "purpose"), ProcessValues.pence(execution, "amountPounds", "the amount asked"),
                applicant == null ? TaskCompleter.SYSTEM : applicant);
        execution.setVariable("grantId", grantId.toString());
        execution.setProcessBusinessKey(grantId.toString());
    }
}
