package org.communityjourneys.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantClaims;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.ReviewFixtures.PaidGrant;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.Projects.Status;
import org.communityjourneys.review.service.ThematicIntelligence;
import org.communityjourneys.review.service.ThematicIntelligence.Filter;
import org.communityjourneys.review.service.ThematicIntelligence.GroupBy;
import org.communityjourneys.review.service.ThematicIntelligence.QuarterFigures;
import org.communityjourneys.review.service.ThematicIntelligence.Row;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.communityjourneys.support.Photos;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The rules of the learning report and its review (issue 7, section 7), on the real database. */
@SpringBootTest(properties = "communityjourneys.review.photo-max-bytes=4096")
@ActiveProfiles("test")
class LearningReviewServiceTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    ChestService chest;
    @Autowired
    org.communityjourneys.chest.service.GrantLifecycle lifecycle;
    @Autowired
    org.communityjourneys.chest.service.GrantPayments payments;
    @Autowired
    LearningReviewService reviews;
    @Autowired
    Projects projects;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ThematicIntelligence intelligence;
    @Autowired
    GrantClaims claims;

    PaidGrant grant;

    @BeforeEach
    void aPaidGrantWhoseReportIsDue() {
        grant = ReviewFixtures.paidGrant(journeys, ideas, chest, lifecycle, payments);
        reviews.reportRequested(grant.grantId(), grant.journeyId(), "applicant", null);
    }

    private void asApplicant(Runnable action) {
        SignedIn.as("applicant", "APPLICANT", () -> {
            action.run();
            return null;
        });
    }

    private void asFacilitator(Runnable action) {
        SignedIn.asFacilitator(() -> {
            action.run();
            return null;
        });
    }

    @Test
    void spendingOverTheGrantNeedsAnExplanation() {
        LearningReportAnswers over = ReviewFixtures.answers(60_000, 30_000);
        assertThat(over.overspends(ReviewFixtures.GRANT_PENCE)).isTrue();
        assertThatThrownBy(() -> asApplicant(() -> reviews.fileReport(grant.grantId(), null, over, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("You spent £900, more than the grant of £800");
        assertThat(reviews.reportFor(grant.grantId())).isEmpty();

        asApplicant(() -> reviews.fileReport(grant.grantId(), null,
                ReviewFixtures.withExplanation(over, "The parish council gave £100."), null, null));
        LearningReport report = reviews.reportFor(grant.grantId()).orElseThrow();
        assertThat(report.getOverspendExplanation()).isEqualTo("The parish council gave £100.");
        assertThat(report.spentPence()).isEqualTo(90_000);
        assertThat(report.getReach()).containsEntry(org.communityjourneys.shared.domain.Population.LONELY_OR_ISOLATED, 5);
        assertThat(report.connection().change()).isEqualTo(45);
    }

    @Test
    void aPhotoOfTheWrongTypeOrOverTheLimitIsRefused() {
        LearningReportAnswers answers = ReviewFixtures.answers(50_000);
        assertThatThrownBy(() -> asApplicant(() -> reviews.fileReport(grant.grantId(), null, answers,
                new PhotoUpload("story.png", Photos.textPretendingToBeAPng()), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JPEG, PNG or WebP image");
        assertThatThrownBy(() -> asApplicant(() -> reviews.fileReport(grant.grantId(), null, answers,
                new PhotoUpload("big.png", Photos.pngOfSize(5000)), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> asApplicant(() -> reviews.saveDraft(grant.grantId(), answers,
                new PhotoUpload("big.png", Photos.pngOfSize(5000)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
        assertThat(reviews.reportFor(grant.grantId())).isEmpty();
        assertThat(reviews.draft(grant.grantId())).isEmpty();

        asApplicant(() -> reviews.fileReport(grant.grantId(), null, answers, new PhotoUpload("sessions.jpg", Photos.jpeg()), null));
        assertThat(reviews.reportFor(grant.grantId()).orElseThrow().getPhotoType()).isEqualTo(PhotoUpload.JPEG);
    }

    @Test
    void aReportCannotBeFiledForSomeoneElsesGrant() {
        assertThatThrownBy(() -> SignedIn.as("another-applicant", "APPLICANT", () -> {
            reviews.fileReport(grant.grantId(), null, ReviewFixtures.answers(50_000), null, null);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("This grant is not yours");
        assertThatThrownBy(() -> SignedIn.as("another-applicant", "APPLICANT", () -> {
            reviews.saveDraft(grant.grantId(), ReviewFixtures.answers(50_000), null);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("This grant is not yours");
        assertThat(reviews.reportFor(grant.grantId())).isEmpty();
        assertThat(reviews.draft(grant.grantId())).isEmpty();
    }

    @Test
    void aSavedDraftComesBackAndItsPhotoIsFiledWithTheReport() {
        LearningReportAnswers answers = ReviewFixtures.answers(20_000, 30_000);
        asApplicant(() -> reviews.saveDraft(grant.grantId(), answers, new PhotoUpload("sessions.png", Photos.png())));
        // a new session: nothing is held in memory, the draft is read back from the database
        assertThat(reviews.draft(grant.grantId())).contains(answers);
        assertThat(reviews.draftHasPhoto(grant.grantId())).isTrue();

        asApplicant(() -> reviews.fileReport(grant.grantId(), null, answers, null, null));
        LearningReport report = reviews.reportFor(grant.grantId()).orElseThrow();
        assertThat(report.hasPhoto()).isTrue();
        assertThat(report.getPhotoType()).isEqualTo(PhotoUpload.PNG);
        assertThat(reviews.draft(grant.grantId())).isEmpty();
        assertThat(audit.about("grant", grant.grantId().toString())).extracting(entry -> entry.getAction())
                .contains("learning-report.filed");
    }

    @Test
    void aFacilitatorRecordsAnOverdueReportAfterAConversation() {
        jdbc.update("UPDATE learning_report_request SET due_at = now() - interval '1 day' WHERE grant_id = ?", grant.grantId());
        assertThat(reviews.overdue()).extracting(request -> request.getGrantId()).contains(grant.grantId());

        assertThatThrownBy(() -> asFacilitator(() -> reviews.fileReport(grant.grantId(), null,
                ReviewFixtures.answers(50_000), null, " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Say when and how you spoke");
        asFacilitator(() -> reviews.fileReport(grant.grantId(), null, ReviewFixtures.answers(50_000), null,
                "Phoned Sue on Tuesday"));
        LearningReport report = reviews.reportFor(grant.grantId()).orElseThrow();
        assertThat(report.isRecordedOnBehalf()).isTrue();
        assertThat(report.getConversationNote()).isEqualTo("Recorded by a facilitator after a conversation: Phoned Sue on Tuesday");
        assertThat(reviews.overdue()).extracting(request -> request.getGrantId()).doesNotContain(grant.grantId());
        assertThat(audit.about("grant", grant.grantId().toString())).extracting(entry -> entry.getAction())
                .contains("learning-report.recorded");
    }

    @Test
    void oneClarificationThenAcceptWithThemesTagsAndConsent() {
        asApplicant(() -> reviews.fileReport(grant.grantId(), null, ReviewFixtures.answers(50_000), null, null));
        assertThat(projects.project(grant.grantId()).orElseThrow().project().status()).isEqualTo(Status.REPORTED);
        assertThatThrownBy(() -> asApplicant(() -> reviews.review(grant.grantId(), null, true, null, Set.of(), null, true)))
                .hasMessageContaining("roles");
        assertThatThrownBy(() -> asFacilitator(() -> reviews.review(grant.grantId(), null, false, "  ", Set.of(), null, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Say what needs clarifying");

        asFacilitator(() -> reviews.review(grant.grantId(), null, false, "How many families came?", Set.of(), null, false));
        assertThat(reviews.reportFor(grant.grantId()).orElseThrow().getOutcome()).isEqualTo(ReportOutcome.CLARIFICATION_ASKED);
        asApplicant(() -> reviews.fileReport(grant.grantId(), null, ReviewFixtures.answers(50_000), null, null));
        assertThatThrownBy(() -> asFacilitator(() -> reviews.review(grant.grantId(), null, false, "And another?", Set.of(), null, false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already asked");

        assertThat(projects.project(grant.grantId()).orElseThrow().story()).isNull();
        asFacilitator(() -> reviews.review(grant.grantId(), null, true, null, Set.of(Theme.BEST_START_IN_LIFE),
                "babies, library", true));
        LearningReport report = reviews.reportFor(grant.grantId()).orElseThrow();
        assertThat(report.getOutcome()).isEqualTo(ReportOutcome.ACCEPTED);
        assertThat(report.getThemes()).containsExactly(Theme.BEST_START_IN_LIFE);
        assertThat(report.getTags()).isEqualTo("babies, library");
        assertThat(audit.about("grant", grant.grantId().toString())).extracting(entry -> entry.getAction())
                .contains("learning-report.clarification", "learning-report.accepted");

        Projects.ProjectDetail page = projects.project(grant.grantId()).orElseThrow();
        assertThat(page.project().status()).isEqualTo(Status.CLOSED);
        assertThat(page.story()).isEqualTo("Two mums now run the sessions themselves.");
        assertThat(page.project().paidPence()).isEqualTo(ReviewFixtures.GRANT_PENCE);
        assertThat(page.timeline()).extracting(Projects.TimelineEntry::what)
                .contains("The group sent its learning report", "The learning report was accepted: project closed");
        assertThat(projects.inWard(org.communityjourneys.support.Journeys.WARD)).extracting(Projects.ProjectSummary::id)
                .contains(grant.grantId());
    }

    @Test
    void aStoryWithoutConsentStaysOffThePublicPageAndTheOpenDataHasNoPersonalData() throws Exception {
        asApplicant(() -> reviews.fileReport(grant.grantId(), null, ReviewFixtures.answers(50_000), null, null));
        asFacilitator(() -> reviews.review(grant.grantId(), null, true, null, Set.of(), null, false));
        Projects.ProjectDetail page = projects.project(grant.grantId()).orElseThrow();
        assertThat(page.story()).isNull();
        assertThat(page.hasPhoto()).isFalse();
        String published = json.writeValueAsString(page) + json.writeValueAsString(projects.all());
        assertThat(published).contains(grant.title()).doesNotContain("friends@example.org", "applicant", "facilitator",
                "Friends of the library", "Two mums");
    }

    @Test
    void theDashboardAndTheQuarterlyFiguresCountTheNewReport() {
        String quarter = ThematicIntelligence.quarterOf(java.time.Instant.now());
        Filter thisQuarter = new Filter(null, null, null, quarter);
        Row before = themeRow(thisQuarter);
        QuarterFigures figuresBefore = figures(quarter);
        Row lonelyBefore = lonelyRow(quarter);

        asApplicant(() -> reviews.fileReport(grant.grantId(), null, ReviewFixtures.answers(50_000), null, null));
        asFacilitator(() -> reviews.review(grant.grantId(), null, true, null, Set.of(Theme.BEST_START_IN_LIFE), null, true));

        Row after = themeRow(thisQuarter);
        assertThat(after.reports() - before.reports()).isEqualTo(1);
        assertThat(after.peopleReached() - before.peopleReached()).isEqualTo(40);
        assertThat(after.spentPence() - before.spentPence()).isEqualTo(50_000);
        assertThat(after.connectionChange() - before.connectionChange()).isEqualTo(45);

        assertThat(lonelyRow(quarter).peopleReached() - lonelyBefore.peopleReached()).as("the 5 lonely or isolated people it reached")
                .isEqualTo(5);
        assertThat(intelligence.rows(GroupBy.WARD, new Filter("E00000000", null, null, null))).isEmpty();

        QuarterFigures figuresAfter = figures(quarter);
        assertThat(figuresAfter.activities() - figuresBefore.activities()).isEqualTo(12);
        assertThat(figuresAfter.activitiesForChildren() - figuresBefore.activitiesForChildren()).isEqualTo(10);
        assertThat(figuresAfter.volunteers() - figuresBefore.volunteers()).isEqualTo(6);
        assertThat(figuresAfter.partnerOrganisations() - figuresBefore.partnerOrganisations()).isEqualTo(2);
        assertThat(figuresAfter.kindsOfSupport().get(KindOfSupport.WARM_SPACE))
                .isEqualTo(figuresBefore.kindsOfSupport().getOrDefault(KindOfSupport.WARM_SPACE, 0) + 1);

        String csv = intelligence.csv(GroupBy.THEME, thisQuarter);
        assertThat(csv).startsWith("Theme,Needs raised,Offers,Ideas,Ideas chosen,Chosen (GBP),Learning reports,Spent (GBP),")
                .contains(Theme.BEST_START_IN_LIFE.label() + "," + after.needs() + ",");
    }

    @Test
    void aHubFilesTheSameReportAndOnceAcceptedItAddsToTheQuarterWithTheJourneys() {
        String quarter = ThematicIntelligence.quarterOf(java.time.Instant.now());
        Filter thisQuarter = new Filter(null, null, null, quarter);
        QuarterFigures before = figures(quarter);
        Row lonelinessBefore = row(thisQuarter, Theme.LONELINESS_AND_ISOLATION);
        java.util.UUID hubGrant = ReviewFixtures.paidHubGrant(chest, claims, lifecycle, payments, "hub-claimant", 2_000_00);
        reviews.reportRequested(hubGrant, null, "hub-claimant", null);
        assertThat(figures(quarter).hubsFunded() - before.hubsFunded()).as("the hub paid this quarter").isEqualTo(1);

        assertThatThrownBy(() -> asApplicant(() -> reviews.fileReport(hubGrant, null, ReviewFixtures.hubAnswers(), null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("This grant is not yours");
        assertThat(reviews.reportFor(hubGrant)).isEmpty();
        SignedIn.as("hub-claimant", "APPLICANT", () -> {
            reviews.fileReport(hubGrant, null, ReviewFixtures.hubAnswers(), null, null);
            return null;
        });
        asApplicant(() -> reviews.fileReport(grant.grantId(), null, ReviewFixtures.answers(50_000), null, null));

        QuarterFigures waiting = figures(quarter);
        assertThat(waiting.reports()).as("reports waiting for their review are not counted yet").isEqualTo(before.reports());
        assertThat(waiting.activities()).isEqualTo(before.activities());
        assertThat(waiting.hubReports()).isEqualTo(before.hubReports());
        asFacilitator(() -> reviews.review(hubGrant, null, true, null, Set.of(Theme.LONELINESS_AND_ISOLATION), "hub", false));
        assertThat(row(thisQuarter, Theme.LONELINESS_AND_ISOLATION).reports() - lonelinessBefore.reports()).isEqualTo(1);
        asFacilitator(() -> reviews.review(grant.grantId(), null, true, null, Set.of(Theme.BEST_START_IN_LIFE), null, false));

        LearningReport hubReport = reviews.reportFor(hubGrant).orElseThrow();
        assertThat(hubReport.getJourneyId()).as("a hub's report has no journey").isNull();
        assertThat(hubReport.getOutcome()).isEqualTo(ReportOutcome.ACCEPTED);
        QuarterFigures after = figures(quarter);
        assertThat(after.reports() - before.reports()).isEqualTo(2);
        assertThat(after.hubReports() - before.hubReports()).isEqualTo(1);
        assertThat(after.activities() - before.activities()).isEqualTo(12 + 30);
        assertThat(after.activitiesForChildren() - before.activitiesForChildren()).isEqualTo(10 + 6);
        assertThat(after.volunteers() - before.volunteers()).isEqualTo(6 + 9);
        assertThat(after.partnerOrganisations() - before.partnerOrganisations()).isEqualTo(2 + 3);
        assertThat(after.kindsOfSupport().get(KindOfSupport.WARM_SPACE))
                .isEqualTo(before.kindsOfSupport().getOrDefault(KindOfSupport.WARM_SPACE, 0) + 2);
        assertThat(after.kindsOfSupport().get(KindOfSupport.FOOD))
                .isEqualTo(before.kindsOfSupport().getOrDefault(KindOfSupport.FOOD, 0) + 1);
        assertThat(after.hubsFunded()).isEqualTo(before.hubsFunded() + 1);
        assertThat(audit.about("grant", hubGrant.toString())).extracting(entry -> entry.getAction())
                .contains("learning-report.filed", "learning-report.accepted");
    }

    /** The "lonely or isolated" row of the journey's ward in the quarter; noughts while it has none. */
    private Row lonelyRow(String quarter) {
        return intelligence.rows(GroupBy.POPULATION, new Filter(org.communityjourneys.support.Journeys.WARD, null,
                Population.LONELY_OR_ISOLATED, quarter)).stream()
                .filter(row -> row.group().equals(Population.LONELY_OR_ISOLATED.label())).findFirst()
                .orElse(new Row(Population.LONELY_OR_ISOLATED.label(), 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private Row themeRow(Filter filter) {
        return row(filter, Theme.BEST_START_IN_LIFE);
    }

    private Row row(Filter filter, Theme theme) {
        return intelligence.rows(GroupBy.THEME, filter).stream()
                .filter(row -> row.group().equals(theme.label())).findFirst()
                .orElse(new Row(theme.label(), 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private QuarterFigures figures(String quarter) {
        return intelligence.quarterlyFigures().stream().filter(f -> f.quarter().equals(quarter)).findFirst()
                .orElse(new QuarterFigures(quarter, 0, 0, 0, 0, 0, java.util.Map.of(), 0, 0));
    }
}
