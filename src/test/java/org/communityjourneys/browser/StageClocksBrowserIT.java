package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.FundedJourneys;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.service.VoteService;
import org.communityjourneys.tasks.service.TaskInbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The facilitator's stage clocks on the journey page (issue 13, point 8): "Open the vote now" and
 * "Close the vote now", each behind a confirmation; the page then shows the real times with the
 * planned ones beside them and links the open certification task to its screen. The journey page
 * with its controls passes axe at 1280 and 360 px. The job executor is off: the test runs the
 * brought-forward timers itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "vaadin.devmode.devTools.enabled=false"})
class StageClocksBrowserIT extends BrowserTestCase {

    @Autowired JourneyService journeys;
    @Autowired ShowcaseService showcase;
    @Autowired IdeaService ideas;
    @Autowired VoteService votes;
    @Autowired ChestService chest;
    @Autowired GrantApplicationService applications;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired TaskInbox inbox;

    @Test
    void aFacilitatorOpensAndClosesTheVoteNowFromTheJourneyPage() {
        FundedJourneys funding = new FundedJourneys(journeys, showcase, ideas, votes, chest, applications, runtime, tasks,
                management, inbox);
        FundedJourneys.Scheduled scheduled = funding.voteScheduled("applicant");
        var journeyId = scheduled.journey().getId();
        String instance = scheduled.journey().getProcessInstanceId();

        logIn("facilitator");
        open("/journeys/" + journeyId);
        waitFor(By.id("stage-clocks"));
        screenshot("journey-stage-clocks");
        assertAccessible("the journey page with its stage clocks");
        resizeTo(360, 800);
        assertAccessible("the journey page with its stage clocks at 360 px");
        resizeTo(1280, 900);

        click("open-vote-now");
        confirmDialog("Open the vote now");
        new WebDriverWait(driver, STEP).until(browser -> votes.isOpen(journeyId));
        Journeys.runDueJobs(management, instance);
        SignedIn.as("resident", "RESIDENT", () -> votes.cast(journeyId, "resident", BallotChoice.picking(List.of(scheduled.ideaId()))));

        open("/journeys/" + journeyId);
        assertThat(waitFor(By.id("journey-facts")).getText()).contains("Opened at").contains("(planned");
        click("close-vote-now");
        confirmDialog("Close the vote now");
        new WebDriverWait(driver, STEP).until(browser -> votes.isClosed(journeyId));
        Journeys.runDueJobs(management, instance);

        open("/journeys/" + journeyId);
        assertThat(waitFor(By.id("journey-facts")).getText()).contains("Closed at");
        var certify = new WebDriverWait(driver, STEP, Duration.ofMillis(300))
                .until(browser -> browser.findElements(By.cssSelector("#journey-now a.journey-task-link")).stream()
                        .filter(link -> link.getText().contains("ertif")).findFirst().orElse(null));
        screenshot("journey-after-early-close");
        certify.click();
        waitForVaadin();
        new WebDriverWait(driver, STEP).until(browser -> browser.getCurrentUrl().contains("/certify"));
    }
}
