package org.communityjourneys.chest.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.ApplicationDraft;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.domain.GrantApplicationSubmitted;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.SubmittedApplication;
import org.communityjourneys.chest.domain.SubmittedApplicationRepository;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's grant application screen: checks every answer (the budget adds up, a
 * safeguarding policy when the work involves children or vulnerable adults, the five principles
 * answered, the amount within the fund's band and what is left), saves it and completes the
 * "Complete grant application" task with the values proportionate governance needs.
 */
@Service
@Transactional
public class GrantApplicationService {

    /** The screen name in {@code camunda:formKey="screen:grant-application"}. */
    public static final String SCREEN = "grant-application";

    private final ScreenTaskCompletion screenTasks;
    private final ChestService chest;
    private final GrantLifecycle lifecycle;
    private final SubmittedApplicationRepository applications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantApplicationService(ChestService chest, GrantLifecycle lifecycle, SubmittedApplicationRepository applications,
            CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock, ScreenTaskCompletion screenTasks) {
        this.screenTasks = screenTasks;
        this.chest = chest;
        this.lifecycle = lifecycle;
        this.applications = applications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Why this amount cannot be asked for this grant, or empty when it can: above what residents
     * voted for, above the fund's band or largest grant, or above what is left. In English; see
     * {@link #amountRefusal(UUID, long)} for any language.
     */
    @Transactional(readOnly = true)
    public Optional<String> amountProblem(UUID grantId, long pence) {
        return amountRefusal(grantId, pence).map(Wording::english);
    }

    /**
     * {@link #amountProblem(UUID, long)} worded from the chest's bundle: the screen shows it on the
     * amount, in the reader's language, before submission.
     */
    @Transactional(readOnly = true)
    public Optional<Wording> amountRefusal(UUID grantId, long pence) {
        if (pence <= 0) {
            return Optional.of(Wording.of("chest.draft.amountMissing"));
        }
        Grant grant = chest.grant(grantId);
        if (pence > grant.getVotedPence()) {
            return Optional.of(Wording.of("chest.amount.overVote", Money.format(grant.getVotedPence())));
        }
        Fund fund = chest.fund(grant.getFundId());
        if (!fund.allowsGrantOf(pence)) {
            return Optional.of(Wording.of("chest.amount.overFund", Money.format(pence), fund.getName(),
                    Money.format(chest.largestGrantOf(fund.getId()))));
        }
        long left = chest.leftForGrant(grantId);
        if (pence > left) {
            return Optional.of(Wording.of("chest.amount.notEnoughLeft", fund.getName(), Money.format(left)));
        }
        return Optional.empty();
    }

    /** The most the applicant may ask for this grant. */
    @Transactional(readOnly = true)
    public long mostThatCanBeAsked(UUID grantId) {
        Grant grant = chest.grant(grantId);
        return Math.min(grant.getVotedPence(), Math.min(chest.largestGrantOf(grant.getFundId()), chest.leftForGrant(grantId)));
    }

    /**
     * Saves the application and completes the applicant's task in the same transaction. Refused
     * (nothing saved) with every problem in plain English.
     */
    public SubmittedApplication submit(UUID grantId, String taskId, ApplicationDraft draft) {
        currentUser.require();
        if (!currentUser.hasRole(Role.APPLICANT) && !currentUser.hasRole(Role.FACILITATOR)) {
            throw new AccessDeniedToRole("Only an applicant can submit a grant application.");
        }
        Grant grant = chest.grant(grantId);
        lifecycle.actorForHolder(grantId, "send this grant's application");
        if (grant.getStatus() != GrantStatus.OPEN && grant.getStatus() != GrantStatus.APPLIED) {
            throw Refused.state("chest.application.alreadyDecided");
        }
        List<Wording> problems = new java.util.ArrayList<>(draft.problemWordings());
        if (draft.amountPence() > 0) {
            amountRefusal(grantId, draft.amountPence()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw Refused.input(problems);
        }
        GrantApplication answers = new GrantApplication(draft.organisation().trim(), draft.contact().trim(),
                draft.amountPence(), draft.childrenOrVulnerableAdults(), draft.firstTimeGroup(), draft.summary().trim());
        List<Wording> answerProblems = answers.problemWordings();
        if (!answerProblems.isEmpty()) {
            throw Refused.input(answerProblems);
        }
        GrantLifecycle.Actor actor = lifecycle.recordApplication(grantId, answers);
        SubmittedApplication application = applications.findById(grantId).orElseGet(() -> new SubmittedApplication(grantId));
        application.fillFrom(draft, actor.username(), clock.instant());
        application = applications.save(application);
        events.publishEvent(new GrantApplicationSubmitted(grantId, grant.getJourneyId(), draft.amountPence(),
                actor.username(), actor.onBehalf() ? grant.getHolder() : null));
        // the workflow module completes the task only if it is this grant's task (its grantId)
        screenTasks.complete(new TaskDoneOnScreen(taskId, grant.getJourneyId(), SCREEN, variables(draft), grantId));
        return application;
    }

    /**
     * The saved application, for its holder, facilitators, the panel and governance leads; anyone
     * else signed in (another applicant, a resident) is refused.
     */
    @Transactional(readOnly = true)
    public Optional<SubmittedApplication> find(UUID grantId) {
        requireMayRead(grantId);
        return applications.findById(grantId);
    }

    /** Whether the person signed in may read this grant's application. */
    @Transactional(readOnly = true)
    public boolean mayRead(UUID grantId) {
        if (currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.PANEL) || currentUser.hasRole(Role.GOVERNANCE)) {
            return true;
        }
        return currentUser.username().map(me -> chest.grant(grantId).isHeldBy(me)).orElse(false);
    }

    private void requireMayRead(UUID grantId) {
        if (!mayRead(grantId)) {
            throw new AccessDeniedToRole("This grant application belongs to someone else: only its holder, facilitators, "
                    + "the panel and governance leads can read it.");
        }
    }

    /** The process variables the proportionate-governance table and the later forms read. */
    private static Map<String, Object> variables(ApplicationDraft draft) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("organisation", draft.organisation().trim());
        variables.put("contact", draft.contact().trim());
        variables.put("amountPence", draft.amountPence());
        variables.put("amountPounds", Money.poundsOf(draft.amountPence()).doubleValue());
        variables.put("childrenOrVulnerableAdults", draft.childrenOrVulnerableAdults());
        variables.put("firstTimeGroup", draft.firstTimeGroup());
        variables.put("summary", draft.summary().trim());
        return variables;
    }
}
