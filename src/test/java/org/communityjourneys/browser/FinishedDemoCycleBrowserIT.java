package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.demo.service.FinishedDemoJourney;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The finished demo journey (issue 13, point 7): on first start the demo runs a whole journey for
 * Ross East through the engine and the services, as its people. The test starts the application
 * as a newcomer does, with the job executor running, waits for that journey and then checks what
 * it left behind (a closed journey, a certified count with published ballots, two grants paid by
 * two routes, the larger in two instalments, two accepted learning reports) and opens the pages
 * README sends a newcomer to, as a visitor, a facilitator and a governance lead, at 1280 and
 * 360 px, each passing axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "vaadin.devmode.devTools.enabled=false",
                "communityjourneys.demo.finished-journey=true"})
class FinishedDemoCycleBrowserIT extends BrowserTestCase {

    @Autowired FinishedDemoJourney demo;
    @Autowired JourneyService journeys;
    @Autowired VoteService votes;
    @Autowired ChestService chest;
    @Autowired GrantPayments payments;
    @Autowired LearningReviewService reviews;

    @Test
    void aNewcomerFindsAWholeFinishedCycleOnFirstStart() throws Exception {
        Awaitility.await("the finished demo journey").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> demo.isFinished() || demo.failure().isPresent());
        assertThat(demo.failure()).as("why the demo journey stopped").isEmpty();

        List<Journey> ross = journeys.inWard(FinishedDemoJourney.WARD);
        assertThat(ross).hasSize(1);
        Journey journey = ross.get(0);
        UUID id = journey.getId();
        assertThat(journey.getStage()).isEqualTo(JourneyStage.CLOSED);
        assertThat(votes.ballotsArePublished(id)).isTrue();
        assertThat(votes.turnout(id)).isEqualTo(14);
        List<Grant> grants = chest.grantsOf(id);
        assertThat(grants).extracting(Grant::getRoute).containsExactlyInAnyOrder("FACILITATOR_CHECK", "PANEL_REVIEW");
        for (Grant grant : grants) {
            assertThat(payments.paidSoFar(grant.getId())).as("paid to %s", grant.getTitle()).isEqualTo(grant.getAmountPence());
            assertThat(chest.ledgerOfJourney(id).stream()
                    .filter(entry -> grant.getId().equals(entry.getGrantId()) && entry.getKind() == LedgerEntryKind.PAYMENT))
                    .as("the instalments paid to %s", grant.getTitle())
                    .hasSize(grant.getRoute().equals("PANEL_REVIEW") ? 2 : 1);
            assertThat(reviews.reportFor(grant.getId())).get().extracting(report -> report.getOutcome())
                    .isEqualTo(ReportOutcome.ACCEPTED);
        }
        Grant walks = grants.stream().filter(grant -> grant.getRoute().equals("PANEL_REVIEW")).findFirst().orElseThrow();

        // the ballots anyone can count again
        HttpResponse<String> ballots = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/journeys/" + id + "/ballots.pb"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ballots.statusCode()).isEqualTo(200);
        assertThat(ballots.body()).contains("num_votes;14");

        // as a visitor: the results, the ward, the projects, what we heard
        open("/journeys/" + id + "/results");
        assertThat(waitFor(By.id("results-summary")).getText()).contains("14 residents voted: 12 online, 2 on paper");
        assertThat(waitFor(By.id("results-download-ballots")).isDisplayed()).isTrue();
        both("demo-results", "the demo journey's results");

        open("/wards/" + FinishedDemoJourney.WARD);
        assertThat(waitFor(By.id("ward-projects")).getText()).contains(walks.getTitle()).contains("£4,200 paid");
        assertThat(driver.findElement(By.cssSelector(".ward-journey .journey-ideas-link")).getText()).startsWith("See the ideas put forward");
        both("demo-ward", "the Ross East ward page");

        open("/projects");
        assertThat(waitFor(By.id("projects-list")).getText()).contains(walks.getTitle());
        both("demo-projects", "the list of projects");

        open("/projects/" + walks.getId());
        assertThat(waitFor(By.id("project-status")).getText()).isEqualTo("Completed: learning report accepted");
        assertThat(waitFor(By.id("project-payment")).getText()).contains("£4,200");
        both("demo-project", "the walking group's project page");

        open("/wards/" + FinishedDemoJourney.WARD + "/what-we-heard");
        both("demo-what-we-heard", "what we heard in Ross East");

        // as a facilitator: the journey page with its whole timeline
        logIn("facilitator");
        open("/journeys/" + id);
        assertThat(waitFor(By.id("journey-stage")).getText()).contains("Closed");
        assertThat(waitFor(By.id("journey-timeline")).isDisplayed()).isTrue();
        both("demo-journey", "the finished journey's page");

        // as a governance lead: the thematic intelligence and its quarterly figures
        logIn("governance");
        open("/intelligence");
        assertThat(waitFor(By.id("intelligence-quarters")).isDisplayed()).isTrue();
        both("demo-intelligence", "the thematic intelligence");
        open("/chest");
        both("demo-chest", "the chest dashboard");
    }

    /** A screenshot and axe at 1280 px, then again at 360 px. */
    private void both(String name, String what) {
        resizeTo(1280, 900);
        screenshot(name);
        assertAccessible(what);
        resizeTo(360, 800);
        screenshot(name + "-360");
        assertAccessible(what + " at 360 px");
        resizeTo(1280, 900);
    }
}
