package org.communityjourneys.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundPlan;
import org.communityjourneys.chest.domain.FunderKind;
import org.communityjourneys.chest.domain.GrantBand;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.FundService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.springframework.context.ApplicationContext;

/**
 * A shortcut to the funding stage: a fund of its own (the pilot's two bands, largest grant
 * £20,000, distributed by tomorrow so the journey's budget is reserved from it), a journey
 * whose budget is all of that fund, one winning idea, and the journey's process moved straight to
 * "Complete grant application" for that idea (the showcase, ideas and vote stages are skipped). The
 * idea is {@link #HOLDER}'s, so the grant, its application and its agreement are theirs.
 */
public final class FundingStage {

    /** Where the shortcut leaves things. */
    public record Started(UUID journeyId, String processInstanceId, UUID ideaId, UUID grantId, Fund fund) {
    }

    /** The winning idea's author, who holds its grant: the application and agreement are theirs. */
    public static final String HOLDER = "applicant";

    private FundingStage() {
    }

    /** A journey of {@code budgetPence} whose one idea, voted at half the budget, has its grant open. */
    public static Started toApplication(ApplicationContext context, long budgetPence, String ideaTitle) {
        return toApplication(context, budgetPence, ideaTitle, budgetPence / 2);
    }

    /** The same with the idea voted at {@code ideaCostPence} (a grant may ask up to that). */
    public static Started toApplication(ApplicationContext context, long budgetPence, String ideaTitle, long ideaCostPence) {
        FundService funds = context.getBean(FundService.class);
        ChestService chest = context.getBean(ChestService.class);
        JourneyService journeys = context.getBean(JourneyService.class);
        IdeaService ideas = context.getBean(IdeaService.class);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        TaskService tasks = context.getBean(TaskService.class);

        Fund fund = SignedIn.as("governance", "GOVERNANCE", () -> {
            Fund opened = funds.openFund(new FundPlan("Test fund " + UUID.randomUUID(), "Public Health",
                    FunderKind.PUBLIC_HEALTH, LocalDate.now().plusDays(1), 20_000_00, Set.of(), Set.of(),
                    EnumSet.of(GrantBand.UP_TO_1000, GrantBand.FROM_1000_TO_20000)));
            funds.recordContribution(opened.getId(), budgetPence, "Test allocation");
            return opened;
        });
        Journey journey = Journeys.launch(journeys, budgetPence);
        String instance = journeys.get(journey.getId()).getProcessInstanceId();
        settle(management, instance, () -> chest.reservedFor(journey.getId()) == budgetPence);
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as(HOLDER, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(ideaTitle, ideaTitle + " for families in the ward.",
                ideaCostPence, Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of " + ideaTitle, "hello@example.org"),
                HOLDER));
        runtime.setVariable(instance, "distributionDeadline", java.util.Date.from(chest.distributionDeadline(journey.getId())));
        runtime.createProcessInstanceModification(instance)
                .cancelAllForActivity("recordShowcase")
                .startBeforeActivity("openGrant")
                .setVariableLocal("ideaId", idea.toString())
                .execute();
        settle(management, instance, () -> tasks.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("completeApplication").count() == 1);
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("completeApplication").singleResult();
        UUID grantId = UUID.fromString(tasks.getVariable(task.getId(), "grantId").toString());
        return new Started(journey.getId(), instance, idea, grantId, chest.fund(fund.getId()));
    }

    /**
     * Runs the instance's due jobs until the condition holds. Where the job executor runs (browser
     * tests) it may take a job first, and running it here then fails; so failures are retried, and
     * when this gives up after a minute the last one is the cause of the time-out (a failing
     * delegate shows up as itself, not as a bare time-out).
     */
    private static void settle(ManagementService management, String instance, BooleanSupplier done) {
        Awaitility.await("the journey's process " + instance + " to get there")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> {
                    if (done.getAsBoolean()) {
                        return true;
                    }
                    Journeys.runDueJobs(management, instance);
                    return done.getAsBoolean();
                });
    }

    /** The one open task of the journey's process at this step. */
    public static Task taskAt(ApplicationContext context, Started started, String taskKey) {
        return context.getBean(TaskService.class).createTaskQuery().processInstanceId(started.processInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** The open tasks at this step (the panel's two scorings). */
    public static java.util.List<Task> tasksAt(ApplicationContext context, Started started, String taskKey) {
        return context.getBean(TaskService.class).createTaskQuery().processInstanceId(started.processInstanceId())
                .taskDefinitionKey(taskKey).list();
    }
}
