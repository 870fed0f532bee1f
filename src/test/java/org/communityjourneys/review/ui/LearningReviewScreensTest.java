package org.communityjourneys.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.FundedJourneys;
import org.communityjourneys.support.FundedJourneys.Funded;
import org.communityjourneys.support.Photos;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The learning-report and review screens, driven with Karibu-Testing on a real journey and engine. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "applicant", roles = "APPLICANT")
class LearningReviewScreensTest {

    @Autowired ApplicationContext context;
    @Autowired JourneyService journeys;
    @Autowired ShowcaseService showcase;
    @Autowired IdeaService ideas;
    @Autowired VoteService votes;
    @Autowired ChestService chest;
    @Autowired GrantApplicationService applications;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired org.communityjourneys.tasks.service.TaskInbox inbox;
    @Autowired LearningReviewService reviews;
    @Autowired Projects projects;

    FundedJourneys funding;
    Funded funded;
    Task reportTask;

    @BeforeEach
    void aPaidGrantWhoseReportIsDue() {
        funding = new FundedJourneys(journeys, showcase, ideas, votes, chest, applications, runtime, tasks, management, inbox);
        var user = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        funded = funding.paidGrant("applicant");
        reportTask = funding.fireLearningReviewTimer(funded);
        SecurityContextHolder.getContext().setAuthentication(user);
        SpringMockVaadin.setUp(context, LearningReportView.class, LearningReviewView.class, ProjectView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private void openReport() {
        UI.getCurrent().navigate("learning-reports/" + reportTask.getId(), QueryParameters.of("task", reportTask.getId()));
    }

    private void fillReport() {
        _get(TextArea.class, spec -> spec.withId("report-what-happened")).setValue("Twelve sessions in the library.");
        _get(IntegerField.class, spec -> spec.withId("report-people-reached")).setValue(40);
        _get(IntegerField.class, spec -> spec.withId("report-reach-families_under_five_aces")).setValue(12);
        _get(IntegerField.class, spec -> spec.withId("report-volunteers")).setValue(6);
        _get(IntegerField.class, spec -> spec.withId("report-activities")).setValue(12);
        _get(IntegerField.class, spec -> spec.withId("report-activities-children")).setValue(12);
        _get(TextField.class, spec -> spec.withId("spend-line-0")).setValue("Toys and mats");
        _get(BigDecimalField.class, spec -> spec.withId("spend-amount-0")).setValue(new BigDecimal("600.00"));
        _get(TextArea.class, spec -> spec.withId("report-story")).setValue("Two mums now run the sessions themselves.");
        _get(IntegerField.class, spec -> spec.withId("connection-part-before")).setValue(10);
        _get(IntegerField.class, spec -> spec.withId("connection-part-after")).setValue(25);
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void aDraftSurvivesLeavingAndOverspendingAsksForAnExplanation() {
        openReport();
        fillReport();
        click("report-save-draft");
        // log out and come back: a new screen reads the draft from the database
        SpringMockVaadin.tearDown();
        SpringMockVaadin.setUp(context, LearningReportView.class);
        openReport();
        assertThat(_get(TextArea.class, spec -> spec.withId("report-what-happened")).getValue())
                .isEqualTo("Twelve sessions in the library.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("report-reach-families_under_five_aces")).getValue()).isEqualTo(12);

        // Karibu finds only visible components: the warning is hidden until more than the grant is spent
        assertThat(_find(Div.class, spec -> spec.withId("report-overspend-warning"))).isEmpty();
        _get(BigDecimalField.class, spec -> spec.withId("spend-amount-0")).setValue(new BigDecimal("950.00"));
        Div warning = _get(Div.class, spec -> spec.withId("report-overspend-warning"));
        assertThat(_get(TextArea.class, spec -> spec.withId("report-overspend-explanation")).isRequired()).isTrue();
        assertThat(warning.getText()).contains("£150 more than the grant");
        click("report-send");
        assertThat(_get(Div.class, spec -> spec.withId("report-problem")).getText())
                .contains("more than the grant of £800: say how the difference was paid for");
        assertThat(reviews.reportFor(funded.grantId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(reportTask.getId()).count()).isOne();
    }

    @Test
    void aWrongPhotoIsRefusedThenTheReportIsSentReviewedAndShown() {
        openReport();
        fillReport();
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("report-photo")), "notes.png", "image/png",
                Photos.textPretendingToBeAPng());
        assertThat(_get(Span.class, spec -> spec.withId("report-photo-state")).getText()).contains("not a JPEG, PNG or WebP");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("report-photo")), "sessions.png", "image/png", Photos.png());
        assertThat(_get(Span.class, spec -> spec.withId("report-photo-state")).getText()).contains("Photo ready");
        click("report-send");

        LearningReport report = reviews.reportFor(funded.grantId()).orElseThrow();
        assertThat(report.getOutcome()).isEqualTo(ReportOutcome.SUBMITTED);
        assertThat(report.hasPhoto()).isTrue();
        assertThat(report.getReach()).containsEntry(Population.FAMILIES_UNDER_FIVE_ACES, 12);
        assertThat(tasks.createTaskQuery().taskId(reportTask.getId()).count()).isZero();

        Task reviewTask = funding.only(funded.journey().getProcessInstanceId(), "reviewLearningReport");
        SignedIn.asFacilitator(() -> {
            SpringMockVaadin.tearDown();
            SpringMockVaadin.setUp(context, LearningReviewView.class, ProjectView.class);
            UI.getCurrent().navigate("learning-reviews/" + reviewTask.getId(), QueryParameters.of("task", reviewTask.getId()));
            assertThat(_get(Paragraph.class, spec -> spec.withId("review-story")).getText())
                    .isEqualTo("Two mums now run the sessions themselves.");
            _get(Checkbox.class, spec -> spec.withId("review-share-story")).setValue(true);
            click("review-accept");
            return null;
        });
        assertThat(reviews.reportFor(funded.grantId()).orElseThrow().getOutcome()).isEqualTo(ReportOutcome.ACCEPTED);

        SecurityContextHolder.clearContext();
        SpringMockVaadin.tearDown();
        SpringMockVaadin.setUp(context, ProjectView.class);
        UI.getCurrent().navigate("projects/" + funded.grantId());
        assertThat(_get(Span.class, spec -> spec.withId("project-status")).getText()).isEqualTo("Completed: learning report accepted");
        assertThat(_get(Paragraph.class, spec -> spec.withId("project-story")).getText())
                .isEqualTo("Two mums now run the sessions themselves.");
        assertThat(_get(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("project-photo")).getSrc())
                .isEqualTo("api/projects/" + funded.grantId() + "/photo");
    }

    @Test
    void aHubSendsItsReportOnTheSameScreenAndAFacilitatorAcceptsIt() {
        var user = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        var fund = chest.createFund("Hub screen fund " + java.util.UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                java.time.LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 5_000_00, "Test money", "governance");
        String organisation = "Leintwardine hub " + java.util.UUID.randomUUID().toString().substring(0, 8);
        var instance = runtime.startProcessInstanceByKey("hub-startup-grant", java.util.Map.of("fundId",
                fund.getId().toString(), "organisation", organisation, "contact", "hub@example.org",
                "purpose", "Tables and a kettle", "amountPounds", 1500, "applicant", "applicant"));
        java.util.UUID grantId = java.util.UUID.fromString((String) runtime.getVariable(instance.getId(), "grantId"));
        org.communityjourneys.support.SignedIn.as("facilitator", "FACILITATOR", () -> tasks.complete(
                funding.only(instance.getId(), "checkHubClaim").getId(), java.util.Map.of("decision", "approve")));
        org.communityjourneys.support.SignedIn.as("governance", "GOVERNANCE", () -> tasks.complete(
                funding.only(instance.getId(), "recordPayment").getId(), java.util.Map.of("paymentPounds", 1500,
                        "paymentReference", "BACS HUB", "paidOn", java.time.LocalDate.now().toString())));
        management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId("hubLearningReviewDue").singleResult().getId());
        Task hubReport = funding.only(instance.getId(), "sendHubLearningReport");
        SecurityContextHolder.getContext().setAuthentication(user);

        UI.getCurrent().navigate("learning-reports/" + hubReport.getId(), QueryParameters.of("task", hubReport.getId()));
        assertThat(_find(com.vaadin.flow.component.html.H1.class).get(0).getText())
                .isEqualTo("Learning report: " + organisation);
        fillReport();
        click("report-send");
        assertThat(reviews.reportFor(grantId).orElseThrow().getJourneyId()).isNull();
        assertThat(tasks.createTaskQuery().taskId(hubReport.getId()).count()).isZero();

        Task hubReview = funding.only(instance.getId(), "reviewHubLearningReport");
        SignedIn.asFacilitator(() -> {
            SpringMockVaadin.tearDown();
            SpringMockVaadin.setUp(context, LearningReviewView.class);
            UI.getCurrent().navigate("learning-reviews/" + hubReview.getId(), QueryParameters.of("task", hubReview.getId()));
            assertThat(_find(com.vaadin.flow.component.html.H1.class).get(0).getText())
                    .isEqualTo("Learning report: " + organisation);
            click("review-accept");
            return null;
        });
        assertThat(reviews.reportFor(grantId).orElseThrow().getOutcome()).isEqualTo(ReportOutcome.ACCEPTED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void anotherApplicantSeesThatTheGrantIsNotTheirs() {
        SignedIn.as("someone-else", "APPLICANT", () -> {
            openReport();
            assertThat(_get(Paragraph.class, spec -> spec.withId("report-not-yours")).getText()).contains("not yours");
            return null;
        });
    }
}
