package org.communityjourneys.identity.doors;

import static org.communityjourneys.identity.doors.Who.ADMIN;
import static org.communityjourneys.identity.doors.Who.APPLICANT;
import static org.communityjourneys.identity.doors.Who.EVERYONE;
import static org.communityjourneys.identity.doors.Who.FACILITATOR;
import static org.communityjourneys.identity.doors.Who.GOVERNANCE;
import static org.communityjourneys.identity.doors.Who.NOBODY;
import static org.communityjourneys.identity.doors.Who.PANEL;
import static org.communityjourneys.identity.doors.Who.RESIDENT;
import static org.communityjourneys.identity.doors.Who.SIGNED_IN;
import static org.communityjourneys.identity.doors.Who.only;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may pass each door of the product: the expected answer, written down as data. The test
 * reads the doors the running application really has and fails on any door without a row here,
 * so a new screen, endpoint or service method needs a line in this table first.
 */
final class DoorTable {

    private DoorTable() {
    }

    /** Vaadin routes by their template: who the navigation access control lets in. */
    static final Map<String, Set<Who>> ROUTES = rows(
            "", EVERYONE,
            "login", EVERYONE,
            "register", EVERYONE,
            "privacy", EVERYONE,
            "wards", EVERYONE,
            "wards/:wardCode", EVERYONE,
            "wards/:wardCode/what-we-heard", EVERYONE,
            "projects/:projectId", EVERYONE,
            "projects", EVERYONE,
            "journeys/:journeyId/results", EVERYONE,
            "account", SIGNED_IN,
            "notifications", SIGNED_IN,
            "journeys", SIGNED_IN,
            "journeys/:journeyId", SIGNED_IN,
            "journeys/:journeyId/ideas", SIGNED_IN,
            "journeys/:journeyId/ideas/:ideaId/discussion", SIGNED_IN,
            "projects/:projectId/discussion", SIGNED_IN,
            "journeys/:journeyId/vote", SIGNED_IN,
            "tasks", SIGNED_IN,
            "tasks/:taskId", SIGNED_IN,
            "requests", SIGNED_IN,
            "requests/:processKey", SIGNED_IN,
            "residents", only(FACILITATOR, GOVERNANCE, ADMIN),
            "journeys/launch", only(FACILITATOR, GOVERNANCE),
            "journeys/:journeyId/showcase", only(FACILITATOR, GOVERNANCE),
            "journeys/:journeyId/shortlist", only(FACILITATOR, GOVERNANCE),
            "journeys/:journeyId/paper-ballots", only(FACILITATOR),
            "journeys/:journeyId/paper-checks", only(FACILITATOR),
            "journeys/:journeyId/certify", only(FACILITATOR),
            "learning-reviews/:taskId", only(FACILITATOR),
            "learning-reports", only(FACILITATOR, GOVERNANCE),
            "learning-reports/:taskId", only(RESIDENT, APPLICANT, FACILITATOR),
            "intelligence", only(FACILITATOR, GOVERNANCE),
            "grants/:grantId/application", only(APPLICANT, FACILITATOR),
            "grants/:grantId/panel", only(PANEL),
            "grants/:grantId/chair", only(PANEL),
            "grants/:grantId/board", only(GOVERNANCE),
            "grants/:grantId/payment", only(GOVERNANCE),
            "chest", only(GOVERNANCE, ADMIN),
            "chest/funds", only(GOVERNANCE, ADMIN),
            "govern/models", only(GOVERNANCE),
            "govern/models/:kind(process|decision|form)/:key", only(GOVERNANCE),
            "govern/migrate", only(GOVERNANCE),
            "audit", only(GOVERNANCE, ADMIN),
            "mailbox", only(ADMIN));

    /**
     * Spring MVC endpoints by "METHOD pattern": who gets past the security chain and the
     * controller's own role check (data checks, such as a vote that is not open, come after).
     * The ballot file's door is open to all; it answers 409 until the vote closes and, between the
     * close and the certified count, gives the file to facilitators only (BallotExportTest). A
     * ballot is cast by a resident (an applicant may live in the ward too); other roles are refused by
     * the vote service, and whether this person may vote in this journey is decided after.
     */
    static final Map<String, Set<Who>> ENDPOINTS = rows(
            "POST /api/login", SIGNED_IN,
            "GET /api/wards", EVERYONE,
            "GET /api/journeys", EVERYONE,
            "GET /api/journeys/{id}", EVERYONE,
            "GET /api/journeys/{id}/ideas", EVERYONE,
            "GET /api/journeys/{id}/comments", EVERYONE,
            "GET /api/ideas/{id}/comments", EVERYONE,
            "GET /api/projects/{id}/comments", EVERYONE,
            "GET /api/projects", EVERYONE,
            "GET /api/projects/{id}", EVERYONE,
            "GET /api/projects/{id}/photo", EVERYONE,
            "GET /api/grants/360giving.json", EVERYONE,
            "GET /api/grants/360giving.csv", EVERYONE,
            "GET /api/showcase/photos/{id}", EVERYONE,
            "GET /api/journeys/{journeyId}/receipts/{code}", EVERYONE,
            "POST /api/journeys/{journeyId}/ballots", only(RESIDENT, APPLICANT),
            "GET /journeys/{journeyId}/ballots.pb", EVERYONE,
            "GET /error", EVERYONE);

    /**
     * The engine's doors, as rules over every endpoint Camunda's REST resources declare: on
     * {@code /engine-rest} an administrator may read and nobody may write; through the Camunda
     * webapp ({@code /camunda/api/engine}) governance leads and administrators read and query
     * (a query's POST carries its filter in the body), and an administrator may give failed jobs
     * new retries. Everything else is shut for everyone.
     */
    static Set<Who> engineRest(EngineApiEndpoints.Endpoint endpoint) {
        return isRead(endpoint) ? only(ADMIN) : NOBODY;
    }

    static Set<Who> webappEngine(EngineApiEndpoints.Endpoint endpoint) {
        if (isRead(endpoint) || isQuery(endpoint)) {
            return only(GOVERNANCE, ADMIN);
        }
        if (isRetry(endpoint)) {
            return only(ADMIN);
        }
        return NOBODY;
    }

    /** The webapp's own endpoints outside the engine API, by "METHOD path". */
    static final Map<String, Set<Who>> WEBAPP = rows(
            "GET /camunda/app/cockpit/default/", only(GOVERNANCE, ADMIN),
            "GET /camunda/app/admin/default/", only(ADMIN),
            "GET /camunda/app/tasklist/default/", NOBODY,
            "GET /camunda/api/tasklist/plugin/tasklist-plugin/static/app/plugin.css", NOBODY,
            "POST /camunda/api/admin/setup/default/user/create", NOBODY,
            "POST /camunda/api/admin/auth/user/default/login/cockpit", NOBODY,
            "GET /camunda/api/admin/auth/user/default", only(GOVERNANCE, ADMIN),
            "GET /camunda/api/admin/plugin/adminPlugins/static/app/plugin.css", only(ADMIN),
            "POST /camunda/api/admin/auth/user/default/logout", only(GOVERNANCE, ADMIN),
            "POST /camunda/api/cockpit/plugin/base/default/incident", only(GOVERNANCE, ADMIN),
            "POST /camunda/api/cockpit/plugin/base/default/process-instance/count", only(GOVERNANCE, ADMIN),
            "PUT /camunda/api/cockpit/plugin/base/default/process-instance", NOBODY,
            "DELETE /camunda/api/cockpit/plugin/base/default/process-instance", NOBODY);

    private static boolean isRead(EngineApiEndpoints.Endpoint endpoint) {
        return endpoint.method().equals("GET") || endpoint.method().equals("HEAD");
    }

    /**
     * A POST that only asks: Camunda names those resource methods query... (the list and its
     * count). Cockpit needs none of the saved task filters' queries (Tasklist's, which is shut),
     * the identity groups' or the schema log's, so they stay shut too.
     */
    private static boolean isQuery(EngineApiEndpoints.Endpoint endpoint) {
        String resource = endpoint.javaMethod().substring(0, endpoint.javaMethod().indexOf('.'));
        String javaMethod = endpoint.javaMethod().substring(endpoint.javaMethod().indexOf('.') + 1);
        return endpoint.method().equals("POST") && javaMethod.startsWith("query")
                && !Set.of("FilterResource", "GroupRestService", "SchemaLogRestService").contains(resource);
    }

    private static boolean isRetry(EngineApiEndpoints.Endpoint endpoint) {
        return (endpoint.method().equals("PUT") && endpoint.path().matches(".*/job/door-probe/retries"))
                || (endpoint.method().equals("POST") && endpoint.path().endsWith("/job/retries"));
    }

    /**
     * State-changing service methods by "Class.method": who may call them. A few only read a
     * setting but sit in a writing service; they are open to everyone.
     */
    static final Map<String, Set<Who>> SERVICE_METHODS = rows(
            // identity
            "ResidentRegistration.register", EVERYONE,
            "ResidentRegistration.verifyInPerson", only(FACILITATOR, GOVERNANCE, ADMIN),
            "PaperResidents.enter", only(FACILITATOR),
            "VerificationCodes.issue", only(FACILITATOR, GOVERNANCE, ADMIN),
            "VerificationCodes.redeem", SIGNED_IN,
            "VerificationCodes.validDays", EVERYONE,
            "PersonalData.deleteCurrentAccount", only(RESIDENT, APPLICANT),
            "PersonalData.erasePaperRecord", only(FACILITATOR, GOVERNANCE, ADMIN),
            "ResidentRegistration.notTheSamePerson", only(FACILITATOR, GOVERNANCE, ADMIN),
            // journeys
            "JourneyService.launch", only(FACILITATOR, GOVERNANCE),
            "JourneyService.requestWithdrawal", only(FACILITATOR, GOVERNANCE),
            // showcase
            "ShowcaseService.record", only(FACILITATOR, GOVERNANCE),
            "ShowcaseService.edit", only(FACILITATOR, GOVERNANCE),
            "ShowcaseService.finish", only(FACILITATOR, GOVERNANCE),
            "ShowcaseService.photoMaxBytes", EVERYONE,
            // ideas
            "IdeaService.submit", only(RESIDENT, APPLICANT),
            "IdeaService.support", only(RESIDENT, APPLICANT),
            "IdeaService.edit", only(RESIDENT, APPLICANT),
            "IdeaService.withdraw", only(RESIDENT, APPLICANT),
            "IdeaPlaces.placeByPostcode", only(RESIDENT, APPLICANT),
            "IdeaPlaces.placeOnMap", only(RESIDENT, APPLICANT),
            "IdeaPlaces.clearPlace", only(RESIDENT, APPLICANT),
            "IdeaService.submitOnBehalf", only(FACILITATOR, GOVERNANCE),
            "IdeaService.hide", only(FACILITATOR, GOVERNANCE),
            // discussion
            "DiscussionService.post", only(RESIDENT, APPLICANT, FACILITATOR),
            "DiscussionService.postOnProject", only(RESIDENT, APPLICANT, FACILITATOR),
            "DiscussionService.edit", only(RESIDENT, APPLICANT, FACILITATOR),
            "DiscussionService.delete", only(RESIDENT, APPLICANT, FACILITATOR),
            "DiscussionService.report", only(RESIDENT, APPLICANT, FACILITATOR, GOVERNANCE),
            "DiscussionService.hide", only(FACILITATOR, GOVERNANCE),
            "IdeaService.merge", only(FACILITATOR, GOVERNANCE),
            "IdeaService.requestEarlyClose", only(FACILITATOR, GOVERNANCE),
            "IdeaService.confirmShortlistOnScreen", only(FACILITATOR, GOVERNANCE),
            // voting
            "VoteService.cast", only(RESIDENT, APPLICANT),
            "VoteService.castOnPaper", only(FACILITATOR),
            "PaperVoting.enterForNewPerson", only(FACILITATOR),
            "PaperEntryChecks.confirm", only(FACILITATOR),
            "PaperEntryChecks.voidEntry", only(FACILITATOR),
            "PaperEntryChecks.correctEntry", only(FACILITATOR),
            "VoteService.extendClose", only(FACILITATOR),
            "VoteService.decideResult", only(FACILITATOR),
            "VoteClock.openNow", only(FACILITATOR, GOVERNANCE),
            "VoteClock.closeNow", only(FACILITATOR, GOVERNANCE),
            // chest
            "FundService.openFund", only(GOVERNANCE, ADMIN),
            "FundService.recordContribution", only(GOVERNANCE, ADMIN),
            "GrantApplicationService.submit", only(APPLICANT, FACILITATOR),
            "GrantPanelService.score", only(PANEL),
            "GrantPanelService.chairDecides", only(PANEL),
            "GrantPanelService.boardDecides", only(GOVERNANCE),
            "GrantPayments.payOnScreen", only(GOVERNANCE),
            "GrantPayments.recordInstalment", only(GOVERNANCE),
            // learning review
            "LearningReviewClock.askNow", only(FACILITATOR),
            "LearningReviewService.saveDraft", only(RESIDENT, APPLICANT, FACILITATOR),
            "LearningReviewService.fileReport", only(RESIDENT, APPLICANT, FACILITATOR),
            "LearningReviewService.review", only(FACILITATOR),
            "LearningReviewService.photoMaxBytes", EVERYONE,
            // notifications
            "Notifications.markRead", SIGNED_IN,
            "Notifications.markAllRead", SIGNED_IN,
            "Notifications.chooseEmail", SIGNED_IN,
            "Mailroom.usesSmtp", EVERYONE,
            "Mailroom.absolute", EVERYONE,
            // workflow: tasks and start forms (the task's own candidate groups and holder decide next)
            "EngineTaskInbox.claim", SIGNED_IN,
            "EngineTaskInbox.unclaim", SIGNED_IN,
            "EngineTaskInbox.complete", SIGNED_IN,
            "EngineStartForms.start", SIGNED_IN,
            // the studio
            "ModelDrafts.save", only(GOVERNANCE),
            "ModelDrafts.discard", only(GOVERNANCE),
            "ModelDeployments.deploy", only(GOVERNANCE),
            "ModelDeployments.approve", only(GOVERNANCE),
            "ModelDeployments.reject", only(GOVERNANCE),
            "ModelDeployments.rollBack", only(GOVERNANCE),
            "FourEyesSetting.switchFourEyesOn", only(GOVERNANCE),
            "FourEyesSetting.requestFourEyesOff", only(GOVERNANCE),
            "FourEyesSetting.approveFourEyesOff", only(GOVERNANCE),
            "FourEyesSetting.withdrawFourEyesOff", only(GOVERNANCE));

    /**
     * State-changing service methods that are no door: the engine's delegates, the login and the
     * start-up call them, never a screen or an endpoint (the test checks that no {@code ui} class
     * calls them), so they take no role. Why each is here, by "Class.method".
     */
    static final Map<String, String> NOT_DOORS = rows(
            "AccountService.ensureAccount", "start-up: the demo accounts and the first administrator",
            "AttemptLimits.record", "the login and the per-account limits of other services",
            "AttemptLimits.forgetAccount", "account deletion, which checks the person",
            "AuditLog.record", "the audit trail's event listener",
            "AuditPersonalData.forget", "account deletion, which checks the person",
            "ChestPersonalData.forget", "account deletion, which checks the person",
            "EventPublicationPersonalData.forget", "account deletion, which checks the person",
            "IdeasPersonalData.forget", "account deletion, which checks the person",
            "DiscussionPersonalData.forget", "account deletion, which checks the person",
            "NotificationsPersonalData.forget", "account deletion, which checks the person",
            "ReviewPersonalData.forget", "account deletion, which checks the person",
            "VotingPersonalData.forget", "account deletion, which checks the person",
            "WorkflowPersonalData.forget", "account deletion, which checks the person",
            "DemoChest.run", "start-up: the demo county's funds",
            "GrantClaims.apply", "the engine: a hub or fast-track claim started from its form",
            "ChestService.createFund", "FundService, which checks the role, and the demo seed",
            "ChestService.contribute", "FundService, which checks the role, and the demo seed",
            "ChestService.reserveJourneyBudget", "the engine: reserve the journey's budget",
            "ChestService.openGrant", "the engine: open the winning idea's grant",
            "ChestService.reserveForGrant", "the engine: reserve a grant's money",
            "ChestService.payFromGrantReservation", "the engine: pay an approved, agreed grant",
            "ChestService.releaseUnspent", "the engine: release what a journey did not spend",
            "GrantLifecycle.recordApplication", "the chest's services and the engine's grant delegates",
            "GrantLifecycle.recordRoute", "the chest's services and the engine's grant delegates",
            "GrantLifecycle.recordDecision", "the chest's services and the engine's grant delegates",
            "GrantLifecycle.recordAgreement", "the chest's services and the engine's grant delegates",
            "GrantLifecycle.recordWithdrawalReason", "the chest's services and the engine's grant delegates",
            "GrantLifecycle.recordReported", "the chest's services and the engine's grant delegates",
            "IdeaService.openWindow", "the engine: the ideas window opens",
            "IdeaService.closeWindow", "the engine: the ideas window closes",
            "IdeaService.recordEligibility", "the engine: the eligibility decision table",
            "IdeaService.confirmShortlist", "the engine: the shortlist task completed",
            "JourneyService.attachProcess", "the engine: the journey's process started",
            "JourneyService.moveTo", "the engine: the journey moves to its next stage",
            "JourneyService.voteClosesLaterAt", "VoteService.extendClose, which checks the facilitator",
            "LearningReviewService.reportRequested", "the engine: a learning report is asked for",
            "LearningReviewService.reviewRequested", "the engine: a review is asked for",
            "LearningReviewService.requireStepDone", "the engine: a learning-review task's guard",
            "VoteService.openVote", "the engine: the vote opens",
            "VoteService.closeVote", "the engine: the vote closes",
            "VoteService.closeVoteAtItsTime", "the engine: the vote-close timer, waiting for the database's clock",
            "VoteService.tally", "the engine: the count",
            "VoteService.certify", "the engine: the certified count",
            "VoteService.publish", "the engine: the published result");

    /** Rows from "key", value, "key", value...; a key twice is a mistake in the table. */
    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> rows(Object... keysAndValues) {
        Map<String, V> rows = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (rows.put((String) keysAndValues[i], (V) keysAndValues[i + 1]) != null) {
                throw new IllegalStateException("two rows for " + keysAndValues[i]);
            }
        }
        return rows;
    }
}
