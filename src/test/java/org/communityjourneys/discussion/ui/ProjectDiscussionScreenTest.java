package org.communityjourneys.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.discussion.service.DiscussionService;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.ReviewFixtures;
import org.communityjourneys.review.ReviewFixtures.PaidGrant;
import org.communityjourneys.review.ui.ProjectView;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * A funded project's page links its discussion with the count; a resident of its ward comments
 * there, and the group's answer is marked as the project's group.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProjectDiscussionScreenTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext context;
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
    DiscussionService discussion;
    @Autowired
    JdbcTemplate jdbc;

    PaidGrant project;

    @BeforeEach
    void aFundedProject() {
        Journeys.residents(accounts, "neighbour");
        project = ReviewFixtures.paidGrant(journeys, ideas, chest, lifecycle, payments);
        SpringMockVaadin.setUp(context, ProjectView.class, ProjectDiscussionView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    @WithMockUser(username = "neighbour", roles = "RESIDENT")
    void theProjectPageLinksItsDiscussionAndTheGroupAnswersAsTheGroup() {
        UI.getCurrent().navigate("projects/" + project.grantId());
        Anchor link = _get(Anchor.class, spec -> spec.withId("project-discussion"));
        assertThat(link.getText()).isEqualTo("Discussion: no comments yet");
        assertThat(link.getHref()).isEqualTo("projects/" + project.grantId() + "/discussion");

        UI.getCurrent().navigate("projects/" + project.grantId() + "/discussion");
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("Is there parking near the library?");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("comment-post")));
        assertThat(jdbc.queryForObject("select count(*) from comment where project_id = ? and author = 'neighbour'", Long.class,
                project.grantId())).isEqualTo(1);

        java.util.UUID question = jdbc.queryForObject("select id from comment where project_id = ?", java.util.UUID.class,
                project.grantId());
        SignedIn.as("applicant", "APPLICANT",
                () -> discussion.postOnProject(project.grantId(), question, "Yes, behind the library, free after six.", "applicant"));
        UI.getCurrent().navigate("projects/" + project.grantId() + "/discussion");
        Div list = _get(Div.class, spec -> spec.withId("comments"));
        assertThat(_find(list, Span.class, spec -> spec.withText("The project's group"))).hasSize(1);
        assertThat(_find(list, Span.class, spec -> spec.withClasses("comment-author"))).hasSize(2);
        assertThat(_find(list, Span.class, spec -> spec.withClasses("comment-voice"))).as("the resident's comment has no badge").hasSize(1);

        UI.getCurrent().navigate("projects/" + project.grantId());
        assertThat(_get(Anchor.class, spec -> spec.withId("project-discussion")).getText()).isEqualTo("Discussion: 2 comments");
    }
}
