package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.discussion.service.DiscussionService;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17's discussion in the browser: a resident on a phone (360 px) opens an idea's discussion
 * from its card and comments, with a link; the idea's lead answers, marked as the lead, and
 * reports another resident's comment; a facilitator hides it with a reason, which its author then
 * sees. Each page is photographed and checked with axe-core.
 */
class IdeaDiscussionBrowserIT extends BrowserTestCase {

    private static final String SECRET = "a long enough password";

    @Autowired
    ShowcaseService showcase;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    TaskService tasks;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DiscussionService discussion;

    @Test
    void aResidentCommentsOnAPhoneTheLeadAnswersAndAFacilitatorHidesAReportedComment() {
        Journey journey = Journeys.takingIdeas(journeys, showcase, tasks, ideas);
        String run = UUID.randomUUID().toString().substring(0, 6);
        String lead = Journeys.residentOfTheWard(accounts, "lead-" + run + "@example.org");
        String resident = Journeys.residentOfTheWard(accounts, "robin-" + run + "@example.org");
        UUID idea = SignedIn.as(lead, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Stay and play " + run,
                "Weekly sessions for under-fives and their carers at the library.", 80_000, Theme.BEST_START_IN_LIFE, Journeys.WARD,
                "Library friends", "friends@example.org", Set.of()), lead));

        // a resident on a phone
        resizeTo(360, 800);
        logIn(resident, SECRET);
        open("/journeys/" + journey.getId() + "/ideas");
        assertThat(waitFor(By.id("discussion-" + idea)).getText()).isEqualTo("Discussion: no comments yet");
        click("discussion-" + idea);
        waitForVaadin();
        type("comment-text", "Could it also run on Saturday mornings? The library's hours: https://example.org/library-hours.");
        click("comment-post");
        UUID question = new WebDriverWait(driver, STEP).until(browser -> jdbc.queryForList(
                "select id from comment where idea_id = ? and author = ?", UUID.class, idea, resident).stream().findFirst().orElse(null));
        WebElement card = waitFor(By.id("comment-" + question));
        assertThat(card.getText()).contains("Could it also run on Saturday mornings?");
        WebElement link = card.findElement(By.cssSelector("a[href='https://example.org/library-hours']"));
        assertThat(link.getAttribute("rel")).contains("nofollow").contains("ugc").contains("noopener");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no sideways scrolling at 360 px").isEqualTo(true);
        screenshot("discussion-360px");
        assertAccessible("an idea's discussion at 360 px");

        // another resident's comment, which the lead will report
        String other = Journeys.residentOfTheWard(accounts, "sam-" + run + "@example.org");
        UUID offTopic = SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, "Ring me on 07700 900123 about my car for sale.", other));

        // the idea's lead answers, marked as the lead, and reports the other comment
        driver.manage().deleteAllCookies();
        resizeTo(1280, 900);
        logIn(lead, SECRET);
        open("/journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");
        click("reply-" + question);
        type("reply-" + question + "-text", "Yes: from ten on Saturdays, starting next month.");
        click("reply-" + question + "-post");
        UUID answer = new WebDriverWait(driver, STEP).until(browser -> jdbc.queryForList(
                "select id from comment where parent_id = ? and author = ?", UUID.class, question, lead).stream().findFirst().orElse(null));
        assertThat(waitFor(By.id("comment-" + answer)).getText()).contains("The idea's lead").contains("from ten on Saturdays");
        click("report-" + offTopic);
        type("reason-text", "A car for sale, and a phone number: not about this idea.");
        click("reason-confirm");
        new WebDriverWait(driver, STEP).until(browser -> jdbc.queryForObject(
                "select count(*) from comment_report where comment_id = ?", Long.class, offTopic) == 1);
        screenshot("discussion-lead-answered");

        // a facilitator hides the reported comment with a reason
        driver.manage().deleteAllCookies();
        logIn("facilitator");
        open("/journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");
        assertThat(waitFor(By.id("hide-" + offTopic)).getText()).contains("reported 1");
        click("hide-" + offTopic);
        type("reason-text", "Off topic and personal details: please use the noticeboard.");
        click("reason-confirm");
        new WebDriverWait(driver, STEP).until(browser -> jdbc.queryForObject(
                "select hidden_reason from comment where id = ?", String.class, offTopic) != null);
        assertThat(waitFor(By.id("comment-" + offTopic)).getText()).contains("Hidden by a facilitator");
        screenshot("discussion-facilitator-hid");
        assertAccessible("an idea's discussion as a facilitator");

        // everyone else sees that it was hidden, not what it said; its author sees the reason
        driver.manage().deleteAllCookies();
        resizeTo(360, 800);
        logIn(resident, SECRET);
        open("/journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");
        assertThat(waitFor(By.id("comment-" + offTopic)).getText()).contains("Hidden by a facilitator.").doesNotContain("07700");
        driver.manage().deleteAllCookies();
        logIn(other, SECRET);
        open("/journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");
        assertThat(waitFor(By.id("comment-" + offTopic)).getText()).contains("07700")
                .contains("Off topic and personal details: please use the noticeboard.");
        screenshot("discussion-author-sees-why-360px");
        assertAccessible("a hidden comment as its author sees it, at 360 px");
    }
}
