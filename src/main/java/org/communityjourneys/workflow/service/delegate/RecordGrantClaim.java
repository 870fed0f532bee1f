package org.communityjourneys.workflow.service.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.service.GrantClaims;
import org.springframework.stereotype.Component;

/**
 * Records a hub start-up or fast-track claim from the start form and keeps its id as
 * {@code grantId}, and as the process's business key (so screens that finish its tasks name the
 * grant, as journey screens name their journey). The programme comes from the model's input
 * parameter {@code programme}. A refused claim (e.g. over the programme's ceiling) starts no process.
 */
@Component("recordGrantClaim")
class RecordGrantClaim implements JavaDelegate {

    private final GrantClaims claims;

    RecordGrantClaim(GrantClaims claims) {
        this.claims = claims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GrantProgramme programme = GrantProgramme.valueOf(ProcessValues.text(execution, "programme"));
        String applicant = ProcessValues.text(execution, "applicant");
        var grantId = claims.apply(programme, ProcessValues.uuid(execution, "fundId"),
                ProcessValues.text(execution, "organisation"), ProcessValues.text(execution, "contact"),
                ProcessValues.text(execution, "purpose"), ProcessValues.pence(execution, "amountPounds", "the amount asked"),
                applicant == null ? TaskCompleter.SYSTEM : applicant);
        execution.setVariable("grantId", grantId.toString());
        execution.setProcessBusinessKey(grantId.toString());
    }
}
