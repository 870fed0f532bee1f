package org.communityjourneys.shared.domain;

import java.util.List;
import java.util.Map;

/**
 * What the code relies on in the process models that governance leads may change in the studio:
 * the one place that names the activity ids, timers, messages and variables the Java code uses.
 * Delegates, timers, the task inbox and the demo journey read their names from here, and the
 * studio's validator refuses a new version of a process that drops or retypes any of them,
 * naming what is missing and what needs it. Plain data, no engine.
 */
public final class ModelContract {

    public static final String COMMUNITY_JOURNEY = "community-journey";
    public static final String HUB_STARTUP_GRANT = "hub-startup-grant";
    public static final String SMALL_GRANTS_FAST_TRACK = "small-grants-fast-track";

    // user tasks
    public static final String RECORD_SHOWCASE = "recordShowcase";
    public static final String CONFIRM_SHORTLIST = "confirmShortlist";
    public static final String CERTIFY_RESULT = "certifyResult";
    public static final String COMPLETE_APPLICATION = "completeApplication";
    public static final String LIGHT_TOUCH_CHECK = "lightTouchCheck";
    public static final String PANEL_REVIEW = "panelReview";
    public static final String PANEL_CHAIR = "panelChair";
    public static final String BOARD_REFERRAL = "boardReferral";
    public static final String ACCEPT_AGREEMENT = "acceptAgreement";
    public static final String RECORD_PAYMENT = "recordPayment";
    public static final String SEND_LEARNING_REPORT = "sendLearningReport";
    public static final String REVIEW_LEARNING_REPORT = "reviewLearningReport";
    /** A learning-review task whose id starts with this is the facilitator's review; any other is the group's report. */
    public static final String REVIEW_TASK_PREFIX = "review";

    // timers, each due at the variable of the same name + "At" (or after a duration)
    public static final String VOTE_OPENS = "voteOpens";
    public static final String VOTE_CLOSES = "voteCloses";
    public static final String LEARNING_REVIEW_DUE = "learningReviewDue";

    // messages
    public static final String CLOSE_IDEAS_EARLY = "CloseIdeasEarly";
    public static final String JOURNEY_WITHDRAWN = "JourneyWithdrawn";

    // variables the code sets for the models or reads from them
    public static final String JOURNEY_ID = "journeyId";
    public static final String GRANT_ID = "grantId";
    public static final String IDEAS_CLOSE_AT = "ideasCloseAt";
    public static final String VOTE_OPENS_AT = "voteOpensAt";
    public static final String VOTE_CLOSES_AT = "voteClosesAt";
    public static final String RESULT_DECISION = "resultDecision";
    public static final String DECISION = "decision";

    private ModelContract() {
    }

    public static boolean isReviewTask(String taskKey) {
        return taskKey != null && taskKey.startsWith(REVIEW_TASK_PREFIX);
    }

    /** What kind of element the code relies on. */
    public enum Kind {
        USER_TASK("user task"),
        TIMER("timer event"),
        MESSAGE("message");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One thing the code relies on in a process: an element (user task or timer event, by id) or
     * a message (by name); for a timer, the variable its due date must read (null: any); for a
     * user task, the listeners it must keep ({@code "complete:bean"}), which guard the step's
     * rules on the server; and the feature that stops working without it, in the words a
     * governance lead knows.
     */
    public record Requirement(Kind kind, String id, String variable, List<String> listeners, String neededBy) {

        public String describe() {
            return "the " + kind.label() + " '" + id + "'" + (variable == null ? "" : " due at ${" + variable + "}")
                    + (listeners.isEmpty() ? "" : " with its listener" + (listeners.size() == 1 ? " " : "s ")
                            + String.join(", ", listeners));
        }
    }

    private static Requirement task(String id, String neededBy, String... listeners) {
        return new Requirement(Kind.USER_TASK, id, null, List.of(listeners), neededBy);
    }

    private static Requirement timer(String id, String variable, String neededBy) {
        return new Requirement(Kind.TIMER, id, variable, List.of(), neededBy);
    }

    private static Requirement message(String name, String neededBy) {
        return new Requirement(Kind.MESSAGE, name, null, List.of(), neededBy);
    }

    private static final String[] LEARNING_REVIEW_LISTENERS = {"create:learningReviewTaskOpened", "complete:learningReviewTaskDone"};

    private static final Map<String, List<Requirement>> REQUIREMENTS = Map.of(
            COMMUNITY_JOURNEY, List.of(
                    task(RECORD_SHOWCASE, "finishing the showcase only with a conversation recorded",
                            "complete:recordShowcaseConversation"),
                    task(CONFIRM_SHORTLIST, "the shortlist, which the vote is held on", "complete:confirmShortlist"),
                    task(CERTIFY_RESULT, "certifying the count, which publishes the ballots", "complete:certifyVoteResult"),
                    task(COMPLETE_APPLICATION, "the grant application, offered to the group that holds the grant",
                            "create:offerGrantTaskToHolder", "complete:grantStepDone"),
                    task(LIGHT_TOUCH_CHECK, "the facilitator's decision on a small grant, kept in the chest",
                            "complete:recordGrantDecision"),
                    task(PANEL_REVIEW, "the task inbox, which keeps a grant's second scoring from the member who scored it"),
                    task(PANEL_CHAIR, "the chair's decision, which the process follows from the chest's record",
                            "complete:grantStepDone"),
                    task(BOARD_REFERRAL, "the board's decision, which the process follows from the chest's record",
                            "complete:grantStepDone"),
                    task(ACCEPT_AGREEMENT, "the grant agreement, offered to the group that holds the grant",
                            "create:offerGrantTaskToHolder", "complete:recordGrantAgreement"),
                    task(RECORD_PAYMENT, "payments, recorded in the chest's ledger", "complete:recordGrantPayment"),
                    task(SEND_LEARNING_REPORT, "the group's learning report", LEARNING_REVIEW_LISTENERS),
                    task(REVIEW_LEARNING_REPORT, "the facilitator's review of the learning report", LEARNING_REVIEW_LISTENERS),
                    task("answerClarification", "the group's answer to the facilitator's question", LEARNING_REVIEW_LISTENERS),
                    task("reviewClarifiedReport", "accepting the clarified learning report", LEARNING_REVIEW_LISTENERS),
                    timer(VOTE_OPENS, VOTE_OPENS_AT, "\"Open the vote now\" on the journey page"),
                    timer(VOTE_CLOSES, VOTE_CLOSES_AT, "\"Close the vote now\" and extending the vote's closing time"),
                    timer(LEARNING_REVIEW_DUE, null, "\"Ask for the learning report now\""),
                    message(CLOSE_IDEAS_EARLY, "\"Close ideas early\" on the ideas page"),
                    message(JOURNEY_WITHDRAWN, "withdrawing a journey")),
            HUB_STARTUP_GRANT, List.of(
                    task("checkHubClaim", "the decision on the hub's claim, kept in the chest", "complete:recordGrantDecision"),
                    task(RECORD_PAYMENT, "the payment, recorded in the chest's ledger", "complete:recordGrantPayment"),
                    task("sendHubLearningReport", "the hub's learning report", LEARNING_REVIEW_LISTENERS),
                    task("reviewHubLearningReport", "the facilitator's review of the learning report", LEARNING_REVIEW_LISTENERS),
                    task("answerHubClarification", "the hub's answer to the facilitator's question", LEARNING_REVIEW_LISTENERS),
                    task("reviewHubClarifiedReport", "accepting the clarified learning report", LEARNING_REVIEW_LISTENERS)),
            SMALL_GRANTS_FAST_TRACK, List.of(
                    task("microCheck", "the decision on the claim, kept in the chest", "complete:recordGrantDecision"),
                    task(RECORD_PAYMENT, "the payment, recorded in the chest's ledger", "complete:recordGrantPayment")));

    /** What the code relies on in the process with this key; empty for a process the code does not know. */
    public static List<Requirement> of(String processKey) {
        return REQUIREMENTS.getOrDefault(processKey, List.of());
    }
}
