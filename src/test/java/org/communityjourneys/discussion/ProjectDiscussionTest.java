package org.communityjourneys.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.discussion.domain.Voice;
import org.communityjourneys.discussion.service.DiscussionService;
import org.communityjourneys.discussion.service.DiscussionService.CommentView;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.ReviewFixtures;
import org.communityjourneys.review.ReviewFixtures.PaidGrant;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Comments on a funded project, on the real database and over real HTTP: residents of its wards
 * and the group (its grant's holder, answering as the project's group) talk it through while it
 * runs, the discussion closes when its learning report is accepted, refusals change no row, the
 * database itself refuses a reply that crosses from one thing to another, and the open-data API
 * gives the comments without a name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProjectDiscussionTest {

    @LocalServerPort
    int port;
    @Autowired
    DiscussionService discussion;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    ChestService chest;
    @Autowired
    GrantLifecycle lifecycle;
    @Autowired
    GrantPayments payments;
    @Autowired
    LearningReviewService reviews;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PaidGrant project;
    private String neighbour;

    @BeforeEach
    void aPaidProject() {
        neighbour = "neighbour-" + UUID.randomUUID().toString().substring(0, 8);
        Journeys.residents(accounts, neighbour);
        project = ReviewFixtures.paidGrant(journeys, ideas, chest, lifecycle, payments);
    }

    @Test
    void residentsTheGroupAndAFacilitatorTalkAFundedProjectThroughAndTheOpenDataHasNoNames() throws Exception {
        UUID question = SignedIn.as(neighbour, "RESIDENT",
                () -> discussion.postOnProject(project.grantId(), null, "When do the sessions start?", neighbour));
        UUID answer = SignedIn.as("applicant", "APPLICANT",
                () -> discussion.postOnProject(project.grantId(), question, "Next Tuesday at ten, in the library.", "applicant"));
        UUID note = SignedIn.as("facilitator", "FACILITATOR",
                () -> discussion.postOnProject(project.grantId(), question, "The library's step-free entrance is at the back.", "facilitator"));

        List<CommentView> thread = SignedIn.as(neighbour, "RESIDENT", () -> discussion.projectThread(project.grantId(), neighbour));
        assertThat(thread).extracting(CommentView::id).containsExactly(question, answer, note);
        assertThat(thread).extracting(CommentView::voice).containsExactly(Voice.RESIDENT, Voice.LEAD, Voice.FACILITATOR);
        assertThat(Voice.LEAD.labelOnProject()).isEqualTo("The project's group");
        assertThat(discussion.commentCounts(List.of(project.grantId()))).containsEntry(project.grantId(), 3L);
        assertThat(discussion.counts(List.of(project.grantId()))).as("a project's comments are not an idea's").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from comment where project_id = ? and idea_id is null", Long.class,
                project.grantId())).isEqualTo(3);

        // the group hears of comments on its project (both, the facilitator's answer too); the neighbour of the two answers
        assertThat(waitForNotices("applicant", "A new comment on your group's project \"" + project.title() + "\"", 2)).isEqualTo(2);
        assertThat(waitForNotices(neighbour, "An answer to your comment on \"" + project.title() + "\"", 2)).isEqualTo(2);

        HttpResponse<String> open = get("/api/projects/" + project.grantId() + "/comments");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("When do the sessions start?").contains("\"voice\":\"The project's group\"")
                .contains("\"voice\":\"Facilitator\"").contains("\"answers\":\"" + question + "\"")
                .doesNotContain(neighbour).doesNotContain("\"applicant\"").doesNotContain("\"facilitator\"").doesNotContain("author");
        HttpResponse<String> ofJourney = get("/api/journeys/" + project.journeyId() + "/comments");
        assertThat(ofJourney.statusCode()).isEqualTo(200);
        assertThat(ofJourney.body().split("\"state\":\"shown\"")).hasSize(4);
        assertThat(get("/api/projects/" + UUID.randomUUID() + "/comments").statusCode()).isEqualTo(404);
        assertThat(get("/api/projects/not-an-id/comments").statusCode()).isEqualTo(404);
        assertThat(get("/api/ideas/" + UUID.randomUUID() + "/comments").statusCode()).isEqualTo(404);
    }

    @Test
    void refusalsChangeNothingAndTheDiscussionClosesWhenTheLearningReportIsAccepted() {
        UUID question = SignedIn.as(neighbour, "RESIDENT",
                () -> discussion.postOnProject(project.grantId(), null, "Is there parking?", neighbour));
        String before = rows();

        String farAway = "far-" + neighbour;
        Journeys.residents(accounts, farAway);
        jdbc.update("update user_account set ward_code = 'E05009438' where username = ?", farAway);
        assertThatThrownBy(() -> SignedIn.as(farAway, "RESIDENT",
                () -> discussion.postOnProject(project.grantId(), null, "Not my ward", farAway)))
                .hasMessage("Only verified residents of this journey's wards can comment on its funded projects.");
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT",
                () -> discussion.postOnProject(UUID.randomUUID(), null, "Nowhere", neighbour)))
                .isInstanceOf(NoSuchElementException.class);

        // a comment on an idea cannot be answered on the project, nor the project's on an idea
        UUID elsewhere = Journeys.launch(journeys, 500_000).getId();
        ideas.openWindow(elsewhere);
        UUID idea = SignedIn.as(neighbour, "RESIDENT", () -> ideas.submit(elsewhere, new IdeaDraft("Toy library", "Toys to borrow.",
                40_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, null, null, Set.of()), neighbour));
        UUID onIdea = SignedIn.as(neighbour, "RESIDENT", () -> discussion.post(idea, null, "About the toys", neighbour));
        assertThatThrownBy(() -> SignedIn.as("applicant", "APPLICANT",
                () -> discussion.postOnProject(project.grantId(), onIdea, "Crossing over", "applicant")))
                .hasMessage("That comment is about something else than this project.");
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT", () -> discussion.post(idea, question, "Crossing back", neighbour)))
                .hasMessage("That comment is about another idea.");
        assertThat(rows()).as("the refusals above changed no comment of the project").isEqualTo(before);

        // the database refuses what the service would: a reply across things, a comment about both or neither
        assertThatThrownBy(() -> jdbc.update("insert into comment (id, idea_id, journey_id, parent_id, author, voice, body, posted_at)"
                + " values (?, ?, ?, ?, 'x', 'RESIDENT', 'sneaked in', now())", UUID.randomUUID(), idea, elsewhere, question))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("same idea or project");
        assertThatThrownBy(() -> jdbc.update("insert into comment (id, idea_id, project_id, journey_id, author, voice, body, posted_at)"
                + " values (?, ?, ?, ?, 'x', 'RESIDENT', 'both', now())", UUID.randomUUID(), idea, project.grantId(), project.journeyId()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("comment_about_one_thing");
        assertThat(rows()).isEqualTo(before);

        // the learning report is accepted: the project is completed and its discussion closed, still to read
        reviews.reportRequested(project.grantId(), project.journeyId(), "applicant", null);
        SignedIn.as("applicant", "APPLICANT", () -> {
            reviews.fileReport(project.grantId(), null, ReviewFixtures.answers(50_000), null, null);
            return null;
        });
        SignedIn.asFacilitator(() -> {
            reviews.review(project.grantId(), null, true, null, Set.of(Theme.BEST_START_IN_LIFE), "library", false);
            return null;
        });
        assertThat(discussion.isProjectOpen(project.grantId())).isFalse();
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT",
                () -> discussion.postOnProject(project.grantId(), null, "After the end", neighbour)))
                .hasMessage("This project is completed (its learning report was accepted), so its discussion is closed.");
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT", () -> {
            discussion.edit(question, "Is there parking nearby?", neighbour);
            return null;
        })).hasMessage("This project is completed (its learning report was accepted), so its discussion is closed.");
        assertThat(rows()).isEqualTo(before);
        assertThat(SignedIn.as(neighbour, "RESIDENT", () -> discussion.projectThread(project.grantId(), neighbour)))
                .extracting(CommentView::canEdit).containsExactly(false);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String rows() {
        return jdbc.queryForList("select id, idea_id, project_id, parent_id, author, voice, body, posted_at, edited_at, deleted_at,"
                + " hidden_reason, version from comment where project_id = ? order by posted_at, id", project.grantId()).toString();
    }

    private long waitForNotices(String username, String subject, long expected) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        long count;
        while ((count = jdbc.queryForObject("select count(*) from notification where recipient = ? and subject = ?", Long.class,
                username, subject)) < expected && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return count;
    }
}
