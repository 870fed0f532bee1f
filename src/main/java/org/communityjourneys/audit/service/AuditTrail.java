package org.communityjourneys.audit.service;

import org.communityjourneys.chest.domain.GrantAgreementAnswered;
import org.communityjourneys.discussion.domain.CommentHidden;
import org.communityjourneys.discussion.domain.CommentPosted;
import org.communityjourneys.chest.domain.GrantApplicationSubmitted;
import org.communityjourneys.chest.domain.GrantDecided;
import org.communityjourneys.chest.domain.GrantPaid;
import org.communityjourneys.chest.domain.LedgerEntryRecorded;
import org.communityjourneys.chest.domain.PanelScored;
import org.communityjourneys.identity.domain.PaperRecordErased;
import org.communityjourneys.identity.domain.ResidentAccountDeleted;
import org.communityjourneys.identity.domain.ResidentMatchUndone;
import org.communityjourneys.identity.domain.ResidentMatchedPaperRecord;
import org.communityjourneys.identity.domain.ResidentVerified;
import org.communityjourneys.identity.domain.VerificationCodeIssued;
import org.communityjourneys.ideas.domain.IdeaEdited;
import org.communityjourneys.ideas.domain.IdeaPlaced;
import org.communityjourneys.ideas.domain.IdeaEnteredOnBehalf;
import org.communityjourneys.ideas.domain.IdeaHidden;
import org.communityjourneys.ideas.domain.IdeaOutcomeDecided;
import org.communityjourneys.ideas.domain.IdeaSubmitted;
import org.communityjourneys.ideas.domain.IdeaWithdrawn;
import org.communityjourneys.ideas.domain.IdeasMerged;
import org.communityjourneys.ideas.domain.ShortlistConfirmed;
import org.communityjourneys.journey.domain.JourneyLaunched;
import org.communityjourneys.journey.domain.JourneyStageChanged;
import org.communityjourneys.review.domain.LearningReportFiled;
import org.communityjourneys.review.domain.LearningReportReviewed;
import org.communityjourneys.showcase.domain.ShowcaseConversationRecorded;
import org.communityjourneys.showcase.domain.ShowcaseFinished;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.voting.domain.PaperEntryChecked;
import org.communityjourneys.voting.domain.PaperEntryVoided;
import org.communityjourneys.voting.domain.ResultPublished;
import org.communityjourneys.voting.domain.VoteCertified;
import org.communityjourneys.voting.domain.VoteBroughtForward;
import org.communityjourneys.voting.domain.VoteCloseExtended;
import org.communityjourneys.review.domain.LearningReportAskedEarly;
import org.communityjourneys.studio.domain.FourEyesChanged;
import org.communityjourneys.studio.domain.FourEyesOffRequested;
import org.communityjourneys.studio.domain.FourEyesOffWithdrawn;
import org.communityjourneys.studio.domain.JourneysMigrated;
import org.communityjourneys.studio.domain.ModelDeploymentRejected;
import org.communityjourneys.studio.domain.ModelDeploymentRequested;
import org.communityjourneys.studio.domain.ModelsDeployed;
import org.communityjourneys.chest.domain.ProcessStartedFromForm;
import org.communityjourneys.tasks.domain.TaskCompleted;
import org.communityjourneys.tasks.domain.TaskReminderDue;
import org.communityjourneys.shared.service.InSameTransaction;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log from the events the modules publish, in the same transaction as the change
 * itself: a change without its audit line is never committed.
 */
@Component
class AuditTrail {

    private static final String JOURNEY = "journey";

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    @InSameTransaction
    void on(JourneyLaunched event) {
        log.record(event.launchedBy(), "journey.launched", JOURNEY, event.journeyId().toString(), null);
    }

    @InSameTransaction
    void on(JourneyStageChanged event) {
        log.record(null, "journey.stage", JOURNEY, event.journeyId().toString(),
                event.from().label() + " -> " + event.to().label());
    }

    @InSameTransaction
    void on(ShowcaseConversationRecorded event) {
        log.record(event.recordedBy(), event.edited() ? "showcase.edited" : "showcase.recorded", JOURNEY,
                event.journeyId().toString(), "conversation " + event.conversationId());
    }

    @InSameTransaction
    void on(ShowcaseFinished event) {
        log.record(event.finishedBy(), "showcase.finished", JOURNEY, event.journeyId().toString(),
                event.conversations() + (event.conversations() == 1 ? " conversation" : " conversations"));
    }

    @InSameTransaction
    void on(IdeaSubmitted event) {
        log.record(event.author(), "idea.submitted", "idea", event.ideaId().toString(), null);
    }

    @InSameTransaction
    void on(IdeaEdited event) {
        log.record(event.author(), "idea.edited", "idea", event.ideaId().toString(), null);
    }

    @InSameTransaction
    void on(IdeaPlaced event) {
        log.record(event.author(), event.givenBy() == null ? "idea.unplaced" : "idea.placed", "idea", event.ideaId().toString(),
                event.givenBy() == null ? null : "by " + event.givenBy().name().toLowerCase(java.util.Locale.ROOT));
    }

    @InSameTransaction
    void on(IdeaWithdrawn event) {
        log.record(event.author(), "idea.withdrawn", "idea", event.ideaId().toString(), null);
    }

    @InSameTransaction
    void on(IdeaEnteredOnBehalf event) {
        log.record(event.facilitator(), "idea.entered-on-behalf", "idea", event.ideaId().toString(),
                "for " + event.enteredFor() + " (account " + event.author() + ")");
    }

    @InSameTransaction
    void on(IdeaHidden event) {
        log.record(event.facilitator(), "idea.hidden", "idea", event.ideaId().toString(), event.reason());
    }

    @InSameTransaction
    void on(CommentPosted event) {
        log.record(event.author(), "comment.posted", "comment", event.commentId().toString(), event.onProject() ? "on project " + event.projectId() : "on idea " + event.ideaId());
    }

    @InSameTransaction
    void on(CommentHidden event) {
        log.record(event.facilitator(), "comment.hidden", "comment", event.commentId().toString(), event.reason());
    }

    @InSameTransaction
    void on(IdeasMerged event) {
        log.record(event.facilitator(), "idea.merged", "idea", event.mergedIdeaId().toString(),
                "into " + event.intoIdeaId() + ", " + event.supportsMoved() + " supports carried over");
    }

    @InSameTransaction
    void on(IdeaOutcomeDecided event) {
        if ("shortlisted".equals(event.outcome()) || "not shortlisted".equals(event.outcome())) {
            log.record(null, "idea." + event.outcome().replace(' ', '-'), "idea", event.ideaId().toString(), event.reason());
        }
    }

    @InSameTransaction
    void on(ShortlistConfirmed event) {
        log.record(event.facilitator(), "shortlist.confirmed", JOURNEY, event.journeyId().toString(),
                event.shortlisted() + " shortlisted, " + event.excluded() + " excluded");
    }

    @InSameTransaction
    void on(ResultPublished event) {
        log.record(null, "vote.published", JOURNEY, event.journeyId().toString(), event.winningIdeaIds().size() + " winning ideas");
    }

    @InSameTransaction
    void on(VoteCertified event) {
        log.record(event.by(), "vote.certified", JOURNEY, event.journeyId().toString(), null);
    }

    @InSameTransaction
    void on(PaperEntryChecked event) {
        log.record(event.checkedBy(), "vote.paper-entry.checked", JOURNEY, event.journeyId().toString(),
                "paper " + event.paperNumber() + " matches its paper");
    }

    @InSameTransaction
    void on(PaperEntryVoided event) {
        log.record(event.voidedBy(), event.enteredAgain() ? "vote.paper-entry.corrected" : "vote.paper-entry.voided", JOURNEY,
                event.journeyId().toString(), "paper " + event.paperNumber() + " (entered by " + event.enteredBy() + ") voided"
                        + (event.enteredAgain() ? " and entered again as the paper reads" : "") + ": " + event.reason());
    }

    @InSameTransaction
    void on(VoteBroughtForward event) {
        log.record(event.by(), event.opened() ? "vote.opened-now" : "vote.closed-now", JOURNEY, event.journeyId().toString(),
                (event.opened() ? "opened " : "closed ") + event.at() + " instead of " + event.planned());
    }

    @InSameTransaction
    void on(LearningReportAskedEarly event) {
        log.record(event.by(), "learning-report.asked-now", "grant", event.grantId().toString(), null);
    }

    @InSameTransaction
    void on(VoteCloseExtended event) {
        log.record(event.by(), "vote.extended", JOURNEY, event.journeyId().toString(),
                "closes " + event.to() + " instead of " + event.from());
    }

    @InSameTransaction
    void on(GrantApplicationSubmitted event) {
        log.record(event.by(), "grant.application-submitted", "grant", event.grantId().toString(),
                Money.format(event.amountPence()) + " asked"
                        + (event.onBehalfOf() == null ? "" : ", on behalf of " + event.onBehalfOf()));
    }

    @InSameTransaction
    void on(GrantAgreementAnswered event) {
        log.record(event.by(), event.accepted() ? "grant.agreement-accepted" : "grant.withdrawn", "grant",
                event.grantId().toString(), event.onBehalfOf() == null ? null : "on behalf of " + event.onBehalfOf());
    }

    @InSameTransaction
    void on(PanelScored event) {
        log.record(event.member(), "grant.panel-scored", "grant", event.grantId().toString(),
                "total " + event.total() + " of 25");
    }

    @InSameTransaction
    void on(GrantDecided event) {
        log.record(event.by(), event.approved() ? "grant.approved" : "grant.declined", "grant", event.grantId().toString(),
                "route " + event.route());
    }

    @InSameTransaction
    void on(TaskCompleted event) {
        log.record(event.username(), "task.completed", event.journeyId() == null ? "task" : JOURNEY,
                event.journeyId() == null ? event.taskId() : event.journeyId(), event.taskName());
    }

    /** A hub start-up claim or fast-track application sent from its start form, or any other started process. */
    @InSameTransaction
    void on(ProcessStartedFromForm event) {
        if (event.grantId() != null) {
            log.record(event.startedBy(), "grant.claimed", "grant", event.grantId(), event.processName());
        } else {
            log.record(event.startedBy(), "process.started", "process", event.processInstanceId(), event.processName());
        }
    }

    @InSameTransaction
    void on(TaskReminderDue event) {
        log.record(null, "task.reminder", JOURNEY, String.valueOf(event.journeyId()), event.taskName());
    }

    @InSameTransaction
    void on(GrantPaid event) {
        log.record(event.by(), "grant.paid", "grant", event.grantId().toString(),
                Money.format(event.amountPence()) + ", reference " + event.reference());
    }

    @InSameTransaction
    void on(LearningReportFiled event) {
        log.record(event.by(), event.recordedOnBehalf() ? "learning-report.recorded" : "learning-report.filed", "grant",
                event.grantId().toString(), event.recordedOnBehalf() ? "recorded by a facilitator after a conversation" : null);
    }

    @InSameTransaction
    void on(LearningReportReviewed event) {
        log.record(event.by(), event.accepted() ? "learning-report.accepted" : "learning-report.clarification", "grant",
                event.grantId().toString(), null);
    }

    @InSameTransaction
    void on(ResidentVerified event) {
        log.record(event.verifiedBy(), "resident.verified", "account", event.accountId().toString(),
                event.method().label() + ", ward " + event.wardCode() + ": " + event.note());
    }

    @InSameTransaction
    void on(ResidentMatchedPaperRecord event) {
        log.record(null, "resident.matched-paper-record", "account", event.accountId().toString(),
                "registered online with the name and postcode of paper record " + event.paperRecordId() + ", ward "
                        + event.wardCode());
    }

    @InSameTransaction
    void on(ResidentMatchUndone event) {
        log.record(event.by(), "resident.match-undone", "account", event.accountId().toString(),
                "not the same person as paper record " + event.paperRecordId() + ": " + event.note());
    }

    /** No personal data: the record id no longer leads to anyone. */
    @InSameTransaction
    void on(PaperRecordErased event) {
        log.record(event.erasedBy(), "resident.paper-record.erased", "account", event.recordId().toString(),
                "at the person's request, ward " + event.wardCode());
    }

    @InSameTransaction
    void on(VerificationCodeIssued event) {
        log.record(event.issuedBy(), "resident.code.issued", "account", event.accountId().toString(),
                "expires " + event.expiresAt());
    }

    /** No personal data: the account id no longer leads to anyone. */
    @InSameTransaction
    void on(ResidentAccountDeleted event) {
        log.record(ResidentAccountDeleted.FORMER_RESIDENT, "resident.deleted", "account", event.accountId().toString(),
                "deleted by the account holder" + (event.wardCode() == null ? "" : ", ward " + event.wardCode()));
    }

    @InSameTransaction
    void on(LedgerEntryRecorded event) {
        log.record(event.recordedBy(), "ledger." + event.kind().name().toLowerCase(), "fund", event.fundId().toString(),
                Money.format(event.amountPence()) + (event.reference() == null ? "" : ", " + event.reference())
                        + (event.grantId() == null ? "" : ", grant " + event.grantId())
                        + (event.journeyId() == null ? "" : ", journey " + event.journeyId()));
    }

    @InSameTransaction
    void on(ModelsDeployed event) {
        log.record(event.deployedBy(), "studio.deployed", "deployment", event.deploymentId(),
                String.join(", ", event.versions()) + ": " + event.comment()
                        + (event.approvedBy() == null ? "" : " (approved by " + event.approvedBy() + ")"));
    }

    @InSameTransaction
    void on(ModelDeploymentRequested event) {
        log.record(event.requestedBy(), "studio.deploy-requested", "deployment-request", event.requestId().toString(),
                String.join(", ", event.files()) + ": " + event.comment());
    }

    @InSameTransaction
    void on(ModelDeploymentRejected event) {
        log.record(event.rejectedBy(), "studio.deploy-rejected", "deployment-request", event.requestId().toString(), event.reason());
    }

    @InSameTransaction
    void on(JourneysMigrated event) {
        String target = event.targetDefinitionId();
        log.record(event.migratedBy(), "studio.migrated", "process-version", target.length() > 64 ? target.substring(0, 64) : target,
                event.migratedBusinessKeys().size() + " migrated from " + event.sourceDefinitionId()
                        + (event.leftAsTheyAre() == 0 ? "" : ", " + event.leftAsTheyAre() + " left as they were")
                        + (event.migratedBusinessKeys().isEmpty() ? "" : ": " + String.join(", ", event.migratedBusinessKeys())));
    }

    @InSameTransaction
    void on(FourEyesChanged event) {
        log.record(event.changedBy(), "studio.four-eyes", "setting", "four-eyes", event.on() ? "on" : "off");
    }

    @InSameTransaction
    void on(FourEyesOffRequested event) {
        log.record(event.requestedBy(), "studio.four-eyes-off-requested", "setting", "four-eyes",
                "asked to switch four-eyes off; a different governance lead must approve");
    }

    @InSameTransaction
    void on(FourEyesOffWithdrawn event) {
        log.record(event.withdrawnBy(), "studio.four-eyes-off-withdrawn", "setting", "four-eyes",
                event.withdrawnBy().equals(event.requestedBy()) ? "withdrew the request to switch four-eyes off"
                        : "turned down " + event.requestedBy() + "'s request to switch four-eyes off");
    }
}
