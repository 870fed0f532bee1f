package org.communityjourneys.workflow.service.delegate;

import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutorContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cluster drill's one effect (docs/operations.md, "Drills"): writes a row keyed by the job that
 * runs it, with the node and the job executor's lock owner, in the job's own transaction. A job
 * that runs twice leaves two rows; a job whose transaction is lost (a killed node, an
 * optimistic-locking conflict) leaves none. Only on nodes started with
 * {@code communityjourneys.cluster-drill.enabled=true}: the studio does not offer it, and a
 * production node without the flag has no such bean. The drill's driver
 * ({@code ClusterDrillDriver}, test sources) makes the table and starts the drill's processes.
 */
@Component("recordDrillEffect")
@ConditionalOnProperty(name = "communityjourneys.cluster-drill.enabled", havingValue = "true")
class RecordDrillEffect implements JavaDelegate {

    private final JdbcTemplate database;
    private final String node;

    RecordDrillEffect(JdbcTemplate database, @Value("${communityjourneys.node-name:}") String node) {
        this.database = database;
        this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
    }

    @Override
    public void execute(DelegateExecution execution) throws InterruptedException {
        JobExecutorContext context = Context.getJobExecutorContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        Object pause = execution.getVariable("pauseMillis");
        if (pause instanceof Number millis && millis.longValue() > 0) {
            Thread.sleep(millis.longValue());
        }
        database.update("""
                insert into cluster_drill_effect (run, job_id, process_instance, activity, node, lock_owner, recorded_at)
                values (?, ?, ?, ?, ?, ?, clock_timestamp())""",
                String.valueOf(execution.getVariable("drillRun")), job == null ? null : job.getId(),
                execution.getProcessInstanceId(), execution.getCurrentActivityId(), node,
                job == null ? null : job.getLockOwner());
    }
}
