package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.review.service.ThematicIntelligence;
import org.communityjourneys.review.service.ThematicIntelligence.Filter;
import org.communityjourneys.review.service.ThematicIntelligence.GroupBy;
import org.communityjourneys.review.service.ThematicIntelligence.Row;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.FundedJourneys;
import org.communityjourneys.support.FundedJourneys.Funded;
import org.communityjourneys.support.Photos;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The learning review, end to end in the browser: time moves on and the learning-review timer
 * fires; the applicant files a report with a story and a photo; the facilitator accepts it and
 * marks the story as one we can share; a resident sees the project page with the story; the
 * thematic dashboard shows the new numbers. The test drives the timer and the journey's earlier
 * steps itself, so the job executor stays off here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "vaadin.devmode.devTools.enabled=false"})
class LearningReviewBrowserIT extends BrowserTestCase {

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
    @Autowired ThematicIntelligence intelligence;

    @Test
    void aReportWithAStoryAndPhotoIsFiledAcceptedAndShownToResidents() throws Exception {
        FundedJourneys funding = new FundedJourneys(journeys, showcase, ideas, votes, chest, applications, runtime, tasks, management, inbox);
        Funded funded = funding.paidGrant("applicant");
        // the browser tests share one database: the dashboard's figures are compared with what
        // they were before this report, not with totals other tests can make true
        Row before = bestStartRow();
        String story = "Two mums who met at the sessions now run them " + System.currentTimeMillis() + ".";

        // time moves on: the learning-review timer fires and asks the group for its report
        Task reportTask = funding.fireLearningReviewTimer(funded);
        assertThat(reviews.request(funded.grantId())).isPresent();

        logIn("applicant");
        open("/learning-reports/" + reportTask.getId() + "?task=" + reportTask.getId());
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Learning report: " + funded.projectTitle());
        type("report-what-happened", "Twelve stay-and-play sessions in the library.");
        type("report-people-reached", "40");
        type("report-reach-families_under_five_aces", "12");
        type("report-reach-lonely_or_isolated", "7");
        type("report-volunteers", "6");
        type("report-activities", "12");
        type("report-activities-children", "12");
        type("report-partners", "2");
        type("spend-line-0", "Toys, mats and room hire");
        type("spend-amount-0", "780");
        type("report-story", story);
        Path photo = Files.createTempFile("sessions", ".png");
        Files.write(photo, Photos.png());
        WebElement upload = waitFor(By.id("report-photo"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toAbsolutePath().toString());
        new WebDriverWait(driver, STEP).until(browser -> browser.findElement(By.id("report-photo-state")).getText()
                .contains("Photo ready"));
        type("connection-know-before", "10");
        type("connection-know-after", "25");
        screenshot("learning-report-filled");
        assertAccessible("the learning report screen");
        click("report-send");
        new WebDriverWait(driver, STEP).until(browser -> reviews.reportFor(funded.grantId()).isPresent());
        assertThat(reviews.reportFor(funded.grantId()).orElseThrow().hasPhoto()).isTrue();

        Task reviewTask = new WebDriverWait(driver, STEP, Duration.ofSeconds(1)).until(browser -> tasks.createTaskQuery()
                .processInstanceId(funded.journey().getProcessInstanceId()).taskDefinitionKey("reviewLearningReport")
                .singleResult());
        driver.manage().deleteAllCookies();
        logIn("facilitator");
        open("/learning-reviews/" + reviewTask.getId() + "?task=" + reviewTask.getId());
        assertThat(waitFor(By.id("review-story")).getText()).isEqualTo(story);
        waitFor(By.id("review-photo"));
        screenshot("review-screen");
        click("review-share-story");
        click("review-accept");
        new WebDriverWait(driver, STEP).until(browser -> reviews.reportFor(funded.grantId())
                .map(report -> report.getOutcome() == ReportOutcome.ACCEPTED).orElse(false));

        driver.manage().deleteAllCookies();
        resizeTo(360, 800);
        open("/projects/" + funded.grantId());
        assertThat(waitFor(By.id("project-title")).getText()).isEqualTo(funded.projectTitle());
        assertThat(waitFor(By.id("project-status")).getText()).isEqualTo("Completed: learning report accepted");
        assertThat(waitFor(By.id("project-story")).getText()).isEqualTo(story);
        WebElement shared = waitFor(By.id("project-photo"));
        new WebDriverWait(driver, STEP).until(browser -> Boolean.TRUE.equals(driver.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", shared)));
        screenshot("project-page-360px");
        assertAccessible("the project page at 360 px");
        resizeTo(1280, 900);

        logIn("governance");
        open("/intelligence");
        WebElement rows = waitFor(By.id("intelligence-rows"));
        new WebDriverWait(driver, STEP).until(browser -> rows.getText().contains("Best start in life"));
        Row bestStart = bestStartRow();
        assertThat(bestStart.peopleReached() - before.peopleReached()).as("the 40 people this report reached").isEqualTo(40);
        assertThat(bestStart.reports() - before.reports()).as("this one report").isEqualTo(1);
        assertThat(rows.getText()).contains(String.valueOf(bestStart.peopleReached()))
                .contains(Money.format(bestStart.spentPence()));
        assertThat(waitFor(By.id("intelligence-chart")).getText()).contains("people reached");
        assertThat(waitFor(By.id("intelligence-quarters")).getText()).isNotBlank();
        screenshot("thematic-dashboard");
    }

    /** The dashboard's "Best start in life" row; all noughts while it has no row yet. */
    private Row bestStartRow() {
        return intelligence.rows(GroupBy.THEME, Filter.everything()).stream()
                .filter(row -> row.group().startsWith("Best start in life")).findFirst()
                .orElse(new Row("Best start in life", 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
