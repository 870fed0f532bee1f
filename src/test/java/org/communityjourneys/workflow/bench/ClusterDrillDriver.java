package org.communityjourneys.workflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The cluster drill's driver (docs/operations.md, "Drills"; run by scripts/cluster.sh). It works on
 * the cluster's database as an operator would: a Camunda engine of its own with the job executor
 * off deploys {@code drill/cluster-drill.bpmn} and starts the drill's processes, which the nodes'
 * job executors then run ({@code recordDrillEffect}, one row per job in the job's transaction).
 *
 * <pre>
 * start --jdbc URL --user U --password P --kind job|reminder|together --count N [--pause-millis 0] [--due-in-seconds 0]
 *     starts N instances in one transaction, so that all their jobs (async jobs, reminder timers
 *     due at the given moment, or ten async jobs of one instance, "together") appear at once; prints "run=ID from=EPOCH_MILLIS", the later of the
 *     commit and the timers' due time by the database's clock
 * await --jdbc .. --run ID --count N [--per-instance 1] [--nodes 2] [--timeout-seconds 900] [--since EPOCH_MILLIS]
 *     waits until the run has no job left, then prints jobs/s, the work per node, effects twice,
 *     effects missing, incidents and failed job runs; exit status 1 unless every job had its effect
 *     exactly once, no incident was raised and (with --nodes) that many nodes did work
 * locked --jdbc .. --run ID --node NAME --out FILE
 *     the run's jobs that the node's job executor holds locked now, their ids written to FILE
 * recovered --jdbc .. --ids FILE --since EPOCH_MILLIS [--timeout-seconds 900]
 *     waits until every job in FILE has its effect; prints the seconds from the given moment to the
 *     last of them, and the nodes that did them
 * </pre>
 */
public final class ClusterDrillDriver {

    private ClusterDrillDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: start|await|locked|recovered [options] (see the Javadoc)");
            System.exit(2);
        }
        // the driver's own engine says what it does at INFO; only its warnings matter here
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<String, String> options = new HashMap<>();
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        for (int i = 0; i + 1 < rest.length; i += 2) {
            options.put(rest[i].replaceFirst("^--", ""), rest[i + 1]);
        }
        int status = switch (args[0]) {
            case "start" -> start(options);
            case "await" -> await(options);
            case "locked" -> locked(options);
            case "recovered" -> recovered(options);
            default -> {
                System.err.println("unknown command " + args[0]);
                yield 2;
            }
        };
        System.exit(status);
    }

    // ------------------------------------------------------------------------------------ start

    static int start(Map<String, String> options) throws Exception {
        String kind = required(options, "kind");
        String key = switch (kind) {
            case "job" -> "clusterDrillJob";
            case "reminder" -> "clusterDrillReminder";
            case "together" -> "clusterDrillTogether";
            default -> throw new IllegalArgumentException("--kind is job, reminder or together");
        };
        int count = Integer.parseInt(required(options, "count"));
        long pause = Long.parseLong(options.getOrDefault("pause-millis", "0"));
        String run = UUID.randomUUID().toString();
        Instant due;
        try (Connection db = connect(options); Statement statement = db.createStatement()) {
            statement.execute("""
                    create table if not exists cluster_drill_effect (
                        id bigint generated always as identity primary key,
                        run text not null,
                        job_id text,
                        process_instance text not null,
                        activity text not null,
                        node text not null,
                        lock_owner text,
                        recorded_at timestamptz not null)""");
            statement.execute("create index if not exists cluster_drill_effect_run on cluster_drill_effect (run, job_id)");
            due = databaseNow(db).plusSeconds(Long.parseLong(options.getOrDefault("due-in-seconds", "0")));
        }
        ProcessEngine engine = engine(options);
        try {
            // a new version only when the drill's model has changed since its last deployment
            engine.getRepositoryService().createDeployment().name("cluster-drill")
                    .addClasspathResource("drill/cluster-drill.bpmn").enableDuplicateFiltering(true).deploy();
            RuntimeService runtime = engine.getRuntimeService();
            Map<String, Object> variables = Map.of("drillRun", run, "pauseMillis", pause, "dueAt", Date.from(due));
            Instant began = Instant.now();
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                    .execute(context -> {
                        for (int i = 0; i < count; i++) {
                            runtime.startProcessInstanceByKey(key, run, variables);
                        }
                        return null;
                    });
            System.err.printf("started %d %s instances in one transaction in %.1f s%n", count, kind,
                    Duration.between(began, Instant.now()).toMillis() / 1000.0);
        } finally {
            engine.close();
        }
        Instant from;
        try (Connection db = connect(options)) {
            Instant committed = databaseNow(db);
            from = committed.isAfter(due) ? committed : due;
        }
        System.out.println("run=" + run + " from=" + from.toEpochMilli());
        return 0;
    }

    private static ProcessEngine engine(Map<String, String> options) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(required(options, "jdbc"))
                .setJdbcUsername(options.getOrDefault("user", "postgres"))
                .setJdbcPassword(options.getOrDefault("password", "postgres"))
                .setJdbcDriver("org.postgresql.Driver")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("cluster-drill-driver");
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        return configuration.buildProcessEngine();
    }

    // ------------------------------------------------------------------------------------ await

    static int await(Map<String, String> options) throws Exception {
        String run = required(options, "run");
        int count = Integer.parseInt(required(options, "count"));
        int nodes = Integer.parseInt(options.getOrDefault("nodes", "1"));
        int perInstance = Integer.parseInt(options.getOrDefault("per-instance", "1"));
        Instant giveUp = Instant.now().plusSeconds(Long.parseLong(options.getOrDefault("timeout-seconds", "900")));
        try (Connection db = connect(options)) {
            long left;
            while ((left = jobsLeft(db, run)) > 0 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(500);
            }
            Instant since = options.containsKey("since") ? Instant.ofEpochMilli(Long.parseLong(options.get("since")))
                    : first(db, run);
            long effects = number(db, "select count(*) from cluster_drill_effect where run = ?", run);
            long jobs = number(db, "select count(distinct job_id) from cluster_drill_effect where run = ?", run);
            long instances = number(db, "select count(distinct process_instance) from cluster_drill_effect where run = ?", run);
            long twice = number(db, "select count(*) from (select job_id from cluster_drill_effect where run = ? group by job_id having count(*) > 1) j", run);
            long incidents = number(db, """
                    select count(*) from act_ru_incident i join act_ru_execution e on e.id_ = i.proc_inst_id_
                    where e.business_key_ = ?""", run);
            Instant last = last(db, run);
            double seconds = Math.max(0.001, Duration.between(since, last == null ? since : last).toMillis() / 1000.0);
            System.out.printf("    %d jobs of %d ran in %.1f s: %.0f jobs/s%n", jobs, count, seconds, jobs / seconds);
            System.out.printf("    effects: %d (%d instances); a job's effect twice: %d; jobs left undone: %d; incidents: %d%n",
                    effects, instances, twice, left, incidents);
            List<String> perNode = rows(db, """
                    select node || ': ' || count(*) || ' jobs' from cluster_drill_effect where run = ? group by node order by node""", run);
            System.out.println("    work per node: " + String.join(", ", perNode));
            List<String> failures = rows(db, """
                    select count(*) || ' x ' || m.message from act_hi_job_log l,
                        lateral (select left(regexp_replace(coalesce(l.job_exception_msg_, '?'), '\\[[^]]*\\]', '', 'g'), 90) as message) m
                    where l.job_state_ = 1 and l.process_instance_id_ in
                        (select distinct process_instance from cluster_drill_effect where run = ?)
                    group by m.message""", run);
            System.out.println("    failed job runs retried (optimistic-locking conflicts among them): "
                    + (failures.isEmpty() ? "none" : String.join("; ", failures)));
            boolean exactlyOnce = jobs == count && effects == count && instances * perInstance == count && twice == 0 && left == 0;
            boolean ok = exactlyOnce && incidents == 0 && perNode.size() >= nodes;
            System.out.println(ok ? "    every job's effect exactly once, no incident, " + perNode.size() + " nodes did work"
                    : "    FAILED: expected " + count + " effects, one per job, no incident, work on " + nodes + " nodes");
            return ok ? 0 : 1;
        }
    }

    private static long jobsLeft(Connection db, String run) throws Exception {
        return number(db, """
                select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                where e.business_key_ = ? and j.retries_ > 0""", run);
    }

    // ------------------------------------------------------------------------------------ locked and recovered

    static int locked(Map<String, String> options) throws Exception {
        String run = required(options, "run");
        try (Connection db = connect(options)) {
            List<String> owners = rows(db, "select distinct lock_owner from cluster_drill_effect where run = ? and node = ?",
                    run, required(options, "node"));
            List<String> ids = new ArrayList<>();
            for (String owner : owners) {
                ids.addAll(rows(db, """
                        select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
                        where e.business_key_ = ? and j.lock_owner_ = ? and j.lock_exp_time_ > clock_timestamp()""", run, owner));
            }
            Files.write(Path.of(required(options, "out")), ids);
            System.out.println(ids.size());
        }
        return 0;
    }

    static int recovered(Map<String, String> options) throws Exception {
        List<String> ids = Files.readAllLines(Path.of(required(options, "ids")));
        Instant since = Instant.ofEpochMilli(Long.parseLong(required(options, "since")));
        Instant giveUp = Instant.now().plusSeconds(Long.parseLong(options.getOrDefault("timeout-seconds", "900")));
        String[] array = ids.toArray(String[]::new);
        try (Connection db = connect(options)) {
            long done = 0;
            while (Instant.now().isBefore(giveUp)) {
                try (PreparedStatement query = db.prepareStatement(
                        "select count(distinct job_id) from cluster_drill_effect where job_id = any (?)")) {
                    query.setArray(1, db.createArrayOf("text", array));
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        done = rows.getLong(1);
                    }
                }
                if (done == ids.size()) {
                    break;
                }
                Thread.sleep(250);
            }
            try (PreparedStatement query = db.prepareStatement("""
                    select max(recorded_at), string_agg(distinct node, ',') from cluster_drill_effect where job_id = any (?)""")) {
                query.setArray(1, db.createArrayOf("text", array));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    Timestamp last = rows.getTimestamp(1);
                    double seconds = last == null ? -1 : Duration.between(since, last.toInstant()).toMillis() / 1000.0;
                    System.out.printf("    %d of the %d jobs locked by the killed node were done %.1f s after the kill, by node %s%n",
                            done, ids.size(), seconds, rows.getString(2));
                }
            }
            return done == ids.size() ? 0 : 1;
        }
    }

    // ------------------------------------------------------------------------------------ database

    private static Connection connect(Map<String, String> options) throws Exception {
        return DriverManager.getConnection(required(options, "jdbc"), options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", "postgres"));
    }

    private static Instant databaseNow(Connection db) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("select clock_timestamp()")) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    private static Instant first(Connection db, String run) throws Exception {
        List<String> found = rows(db, "select cast(extract(epoch from min(recorded_at)) * 1000 as bigint) from cluster_drill_effect where run = ?", run);
        return found.isEmpty() || found.get(0) == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(found.get(0)));
    }

    private static Instant last(Connection db, String run) throws Exception {
        List<String> found = rows(db, "select cast(extract(epoch from max(recorded_at)) * 1000 as bigint) from cluster_drill_effect where run = ?", run);
        return found.isEmpty() || found.get(0) == null ? null : Instant.ofEpochMilli(Long.parseLong(found.get(0)));
    }

    private static long number(Connection db, String sql, String... parameters) throws Exception {
        return Long.parseLong(rows(db, sql, parameters).get(0));
    }

    private static List<String> rows(Connection db, String sql, String... parameters) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
