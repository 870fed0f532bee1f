package org.communityjourneys.workflow.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.CommunityJourneysApplication;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.ShortlistChoice;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.GrantDrafts;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.tasks.service.TaskInbox;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Complete journeys per second through the real process (docs/benchmarks.md, "Whole journeys
 * through the engine"). Starts the application on a throw-away, durable embedded PostgreSQL
 * (synchronous commit on, history level full, demo users and chest), then, for each number in
 * {@code WORKERS} in turn, that many threads
 * each run journeys from launch to closed, one after another, as the screens would: the facilitator
 * launches it, records a showcase conversation and finishes the showcase through the task inbox;
 * two residents put forward an idea each; the facilitator closes the ideas window (the eligibility
 * decision table runs), confirms the shortlist; {@code RESIDENTS} residents cast a ballot each; the
 * close counts the votes; the facilitator certifies; for each of the two winning ideas the applicant
 * applies, the facilitator approves the light-touch check, the applicant accepts the agreement, the
 * governance lead records the payment; the learning review comes due, the applicant files a report
 * and the facilitator accepts it; the journey closes. The job executor is off: asynchronous steps
 * and timers (vote opens, vote closes, learning review due) are run by the driver with
 * {@link ManagementService#executeJob}, as soon as they exist, so a journey takes as long as its
 * work and not its calendar. Each journey is checked closed and its process ended.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.communityjourneys.workflow.bench.JourneyThroughputDriver [WORKERS=1,2,4] [SECONDS=120] [RESIDENTS=20]
 * </pre>
 */
public final class JourneyThroughputDriver {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");
    private static final String FACILITATOR = "facilitator";
    private static final String APPLICANT = "applicant";

    private final JourneyService journeys;
    private final ShowcaseService showcase;
    private final IdeaService ideas;
    private final VoteService votes;
    private final GrantApplicationService applications;
    private final LearningReviewService reviews;
    private final TaskInbox inbox;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final List<String> residents;

    private JourneyThroughputDriver(ConfigurableApplicationContext app, List<String> residents) {
        this.journeys = app.getBean(JourneyService.class);
        this.showcase = app.getBean(ShowcaseService.class);
        this.ideas = app.getBean(IdeaService.class);
        this.votes = app.getBean(VoteService.class);
        this.applications = app.getBean(GrantApplicationService.class);
        this.reviews = app.getBean(LearningReviewService.class);
        this.inbox = app.getBean(TaskInbox.class);
        this.tasks = app.getBean(TaskService.class);
        this.runtime = app.getBean(RuntimeService.class);
        this.management = app.getBean(ManagementService.class);
        this.history = app.getBean(HistoryService.class);
        this.residents = residents;
    }

    public static void main(String[] args) throws InterruptedException {
        String levels = args.length > 0 ? args[0] : "1,2,4";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int residentCount = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommunityJourneysApplication.class)
                .profiles("demo")
                // as arguments, not builder properties: those are defaults, below application.properties
                .run("--communityjourneys.embedded-db.throw-away=true", "--communityjourneys.embedded-db.durable=true",
                        "--communityjourneys.demo.enabled=true", "--communityjourneys.demo.journey=false",
                        "--communityjourneys.demo.finished-journey=false", "--communityjourneys.test.ample-chest=true",
                        "--communityjourneys.limits.idea.per-account=0", "--camunda.bpm.job-execution.enabled=false",
                        "--vaadin.launch-browser=false", "--server.port=0", "--logging.level.root=WARN")) {
            AccountService accounts = app.getBean(AccountService.class);
            List<String> residents = new ArrayList<>();
            for (int i = 1; i <= residentCount; i++) {
                residents.add(Journeys.residentOfTheWard(accounts, "journey-bench-" + i));
            }
            JourneyThroughputDriver driver = new JourneyThroughputDriver(app, residents);
            System.out.println("warming up: 3 journeys");
            for (int i = 0; i < 3; i++) {
                driver.runOneJourney();
            }
            for (String level : levels.split(",")) {
                driver.measure(Integer.parseInt(level.trim()), seconds);
            }
        }
    }

    private void measure(int workers, int seconds) throws InterruptedException {
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        long stopAt = started + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                while (System.nanoTime() < stopAt) {
                    long start = System.nanoTime();
                    try {
                        runOneJourney();
                        millis.add((System.nanoTime() - start) / 1_000_000);
                    } catch (RuntimeException | AssertionError e) {
                        failed.incrementAndGet();
                        System.out.println("journey failed: " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.UK, "workers %d, %d residents voting in each: %d journeys closed in %.1f s = %.2f journeys/s; "
                + "%d failed%n", workers, residents.size(), sorted.size(), elapsed, sorted.size() / elapsed, failed.get());
        if (!sorted.isEmpty()) {
            System.out.printf(Locale.UK, "one journey, launch to closed: p50 %d ms, p95 %d ms, max %d ms%n",
                    sorted.get(sorted.size() / 2), sorted.get((int) Math.floor(sorted.size() * 0.95)), sorted.get(sorted.size() - 1));
        }
        System.out.println("load average after: " + loadAverage());
        System.out.printf(Locale.UK, "history: %,d activity instances, %,d variable updates, %,d task instances in all%n",
                history.createHistoricActivityInstanceQuery().count(), history.createHistoricDetailQuery().variableUpdates().count(),
                history.createHistoricTaskInstanceQuery().count());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** One journey from launch to closed; fails (throws) when it does not end closed. */
    private void runOneJourney() {
        Journey journey = Journeys.launch(journeys, 500_000);
        UUID id = journey.getId();
        String instance = journeys.get(id).getProcessInstanceId();
        runJobsDueNow(instance);

        Journeys.recordConversation(showcase, id, "Leominster library");
        completeAs(FACILITATOR, Role.FACILITATOR, only(instance, "recordShowcase"), Map.of());

        UUID first = SignedIn.as(APPLICANT, "RESIDENT", () -> ideas.submit(id, idea("Baby bank"), APPLICANT));
        UUID second = SignedIn.as(APPLICANT, "RESIDENT", () -> ideas.submit(id, idea("Stay and play"), APPLICANT));
        runtime.createMessageCorrelation("CloseIdeasEarly").processInstanceBusinessKey(id.toString()).correlate();
        runJobsDueNow(instance);
        String shortlistTask = only(instance, "confirmShortlist").getId();
        SignedIn.as(FACILITATOR, "FACILITATOR", () -> ideas.confirmShortlistOnScreen(id, shortlistTask,
                List.of(new ShortlistChoice(first, true, null), new ShortlistChoice(second, true, null))));
        runJobsDueNow(instance);

        fireTimer(instance, "voteOpens");
        for (String resident : residents) {
            SignedIn.as(resident, "RESIDENT", () -> votes.cast(id, resident, BallotChoice.picking(List.of(first, second))));
        }
        fireTimer(instance, "voteCloses");
        String certifyTask = only(instance, "certifyResult").getId();
        SignedIn.as(FACILITATOR, "FACILITATOR", () -> votes.decideResult(id, certifyTask, true, null, FACILITATOR));
        runJobsDueNow(instance);

        for (UUID idea : List.of(first, second)) {
            fund(instance, idea);
        }
        for (UUID idea : List.of(first, second)) {
            review(instance, idea);
        }
        if (journeys.get(id).getStage() != JourneyStage.CLOSED
                || runtime.createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new AssertionError("journey " + id + " did not close: " + journeys.get(id).getStage());
        }
    }

    /** Application, light-touch check, agreement and payment of one winning idea's grant. */
    private void fund(String instance, UUID idea) {
        Task application = taskFor(instance, "completeApplication", idea);
        UUID grant = UUID.fromString(tasks.getVariable(application.getId(), "grantId").toString());
        SignedIn.as(APPLICANT, "APPLICANT", () -> applications.submit(grant, application.getId(), GrantDrafts.draft(80_000, false, false)));
        runJobsDueNow(instance);
        completeAs(FACILITATOR, Role.FACILITATOR, taskFor(instance, "lightTouchCheck", idea),
                Map.of("decision", "approve", "decisionReason", "The group runs it already."));
        completeAs(APPLICANT, Role.APPLICANT, taskFor(instance, "acceptAgreement", idea), Map.of("agreementDecision", "accept"));
        completeAs("governance", Role.GOVERNANCE, taskFor(instance, "recordPayment", idea), Map.of("paymentPounds", 800.0,
                "paidOn", LocalDate.now(COUNTY).toString(), "paymentReference", "BACS 2026/118"));
    }

    /** The learning review of one funded idea: due, report filed, accepted. */
    private void review(String instance, UUID idea) {
        Job due = management.createJobQuery().processInstanceId(instance).timers().activityId("learningReviewDue").list().stream()
                .filter(job -> idea.toString().equals(runtime.getVariable(job.getExecutionId(), "ideaId")))
                .findFirst().orElseThrow(() -> new AssertionError("no learning review timer for idea " + idea));
        management.executeJob(due.getId());
        runJobsDueNow(instance);
        Task report = taskFor(instance, "sendLearningReport", idea);
        UUID grant = UUID.fromString(tasks.getVariable(report.getId(), "grantId").toString());
        SignedIn.as(APPLICANT, "APPLICANT", () -> {
            reviews.fileReport(grant, report.getId(), answers(), null, null);
            return null;
        });
        runJobsDueNow(instance);
        Task accept = taskFor(instance, "reviewLearningReport", idea);
        SignedIn.as(FACILITATOR, "FACILITATOR", () -> {
            reviews.review(grant, accept.getId(), true, null, Set.of(Theme.BEST_START_IN_LIFE), "babies", true);
            return null;
        });
        runJobsDueNow(instance);
    }

    private void completeAs(String username, Role role, Task task, Map<String, Object> values) {
        SignedIn.as(username, role.name(), () -> {
            inbox.complete(task.getId(), new HashMap<>(values), username, EnumSet.of(role));
            return null;
        });
        runJobsDueNow(instance(task));
    }

    private String instance(Task task) {
        return task.getProcessInstanceId();
    }

    /** Runs the asynchronous continuations until the process waits for a person or a timer. */
    private void runJobsDueNow(String instance) {
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(instance).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the process kept creating asynchronous steps");
    }

    private void fireTimer(String instance, String activityId) {
        Job timer = management.createJobQuery().processInstanceId(instance).timers().activityId(activityId).singleResult();
        if (timer == null) {
            throw new AssertionError("no " + activityId + " timer");
        }
        management.executeJob(timer.getId());
        runJobsDueNow(instance);
    }

    private Task only(String instance, String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list();
        if (open.size() != 1) {
            throw new AssertionError(open.size() + " open " + taskKey + " tasks");
        }
        return open.get(0);
    }

    private Task taskFor(String instance, String taskKey, UUID idea) {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list().stream()
                .filter(task -> idea.toString().equals(tasks.getVariable(task.getId(), "ideaId")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + taskKey + " task for idea " + idea));
    }

    private static IdeaDraft idea(String title) {
        return new IdeaDraft(title + " " + UUID.randomUUID(), title + " for families in the ward.", 80_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of " + title, "hello@example.org");
    }

    private static LearningReportAnswers answers() {
        return new LearningReportAnswers("Twelve sessions ran in the library.", 40,
                Map.of(Population.FAMILIES_UNDER_FIVE_ACES, 12), 6, 12, 12, 2, Set.of(KindOfSupport.SOCIAL_ACTIVITY),
                List.of(new SpendLine("Toys and mats", 60_000), new SpendLine("Room hire", 20_000)), null,
                "Two mums now run the sessions themselves.", new ConnectionCounts(10, 25, 8, 20, 12, 30));
    }
}
