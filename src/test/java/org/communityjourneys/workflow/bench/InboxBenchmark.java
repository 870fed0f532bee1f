package org.communityjourneys.workflow.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.communityjourneys.CommunityJourneysApplication;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.tasks.service.TaskInbox;
import org.communityjourneys.tasks.service.TaskInbox.SortBy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the task list takes with many open tasks (docs/benchmarks.md, "The task list with 50,000
 * open tasks"). Starts the application on a throw-away, durable embedded PostgreSQL (job executor
 * off, no demo data, history level full as in production), starts {@code TASKS} process instances
 * of a one-task model whose task is offered as the real ones are (to a role, or to a person by name,
 * or assigned), then times the calls the "My tasks" page makes through the {@link TaskInbox} port:
 * the count and the first page of the tasks offered to a facilitator, and of those assigned to
 * them, each {@code ROUNDS} times after a warm-up; prints p50, p95, p99 and the slowest.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.communityjourneys.workflow.bench.InboxBenchmark [TASKS=50000] [ROUNDS=300]
 * </pre>
 */
public final class InboxBenchmark {

    private static final int PAGE = 50;

    private InboxBenchmark() {
    }

    public static void main(String[] args) {
        int taskCount = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommunityJourneysApplication.class)
                // as arguments, not builder properties: those are defaults, below application.properties
                .run("--communityjourneys.embedded-db.throw-away=true", "--communityjourneys.embedded-db.durable=true",
                        "--communityjourneys.demo.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                        "--vaadin.launch-browser=false", "--server.port=0", "--logging.level.root=WARN")) {
            long started = System.nanoTime();
            openTasks(app, taskCount);
            System.out.printf(Locale.UK, "%,d open tasks made in %.1f s%n", taskCount, (System.nanoTime() - started) / 1e9);
            TaskInbox inbox = app.getBean(TaskInbox.class);
            Set<Role> facilitator = Set.of(Role.FACILITATOR);
            Map<String, Supplier<Object>> calls = new java.util.LinkedHashMap<>();
            calls.put("offered: count", () -> inbox.countForGroups(facilitator, "facilitator"));
            calls.put("offered: first page, newest first", () -> inbox.forGroups(facilitator, "facilitator", 0, PAGE, SortBy.CREATED, false));
            calls.put("offered: page 20, by due date", () -> inbox.forGroups(facilitator, "facilitator", 19 * PAGE, PAGE, SortBy.DUE, true));
            calls.put("mine: count", () -> inbox.countMine("facilitator"));
            calls.put("mine: first page", () -> inbox.mine("facilitator", 0, PAGE, SortBy.CREATED, false));
            calls.put("panel member: count and first page", () -> {
                inbox.countForGroups(Set.of(Role.PANEL), "panel");
                return inbox.forGroups(Set.of(Role.PANEL), "panel", 0, PAGE, SortBy.CREATED, false);
            });
            System.out.println("offered to a facilitator: " + inbox.countForGroups(facilitator, "facilitator")
                    + ", assigned to them: " + inbox.countMine("facilitator"));
            for (Map.Entry<String, Supplier<Object>> call : calls.entrySet()) {
                for (int i = 0; i < 30; i++) {
                    call.getValue().get();
                }
                long[] millis = new long[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    call.getValue().get();
                    millis[i] = System.nanoTime() - start;
                }
                Arrays.sort(millis);
                System.out.printf(Locale.UK, "%-38s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", call.getKey(),
                        at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[rounds - 1] / 1e6);
            }
        }
    }

    private static double at(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }

    /**
     * Of every ten tasks: four offered to facilitators, two to the panel, one to a governance lead,
     * two offered by name to one of 2,000 applicants (a grant's learning report), one assigned to one
     * of 20 facilitators. Due dates over the next 90 days; started 500 to a transaction.
     */
    private static void openTasks(ConfigurableApplicationContext app, int count) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("inboxBenchmark").camundaHistoryTimeToLive(1)
                .startEvent().userTask("benchTask").name("Benchmark task")
                .camundaCandidateGroups("${groups}").camundaCandidateUsers("${offeredTo}").camundaAssignee("${assignee}")
                .camundaDueDate("${due}").endEvent().done();
        app.getBean(RepositoryService.class).createDeployment().name("inbox benchmark")
                .addModelInstance("inbox-benchmark.bpmn", model).deploy();
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        long now = System.currentTimeMillis();
        for (int from = 0; from < count; from += 500) {
            int first = from;
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(count, first + 500); i++) {
                    Map<String, Object> variables = new HashMap<>();
                    int kind = i % 10;
                    variables.put("groups", kind < 4 ? List.of(Role.FACILITATOR.name()) : kind < 6 ? List.of(Role.PANEL.name())
                            : kind == 6 ? List.of(Role.GOVERNANCE.name()) : List.of());
                    variables.put("offeredTo", kind == 7 || kind == 8 ? List.of("applicant-" + (i % 2_000)) : List.of());
                    variables.put("assignee", kind == 9 ? (i % 200 == 9 ? "facilitator" : "facilitator-" + (i % 20)) : null);
                    variables.put("due", new java.util.Date(now + (i % 90) * 86_400_000L));
                    runtime.startProcessInstanceByKey("inboxBenchmark", variables);
                }
            });
        }
    }
}
