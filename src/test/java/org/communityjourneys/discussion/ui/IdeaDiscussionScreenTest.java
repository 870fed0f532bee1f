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
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.discussion.service.DiscussionService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.ideas.ui.JourneyIdeasView;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
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

/** An idea's discussion page: a resident comments, text stays text, links are safe anchors, the idea card counts the comments. */
@SpringBootTest
@ActiveProfiles("test")
class IdeaDiscussionScreenTest {

    @Autowired
    org.communityjourneys.identity.service.AccountService accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    DiscussionService discussion;
    @Autowired
    JdbcTemplate jdbc;

    Journey journey;
    UUID idea;

    @BeforeEach
    void anIdea() {
        Journeys.residents(accounts, "author", "neighbour");
        journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Community fridge",
                "Food that would be thrown away, shared.", 30_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, null, null, Set.of()), "author"));
        SpringMockVaadin.setUp(context, IdeaDiscussionView.class, JourneyIdeasView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    @WithMockUser(username = "neighbour", roles = "RESIDENT")
    void aResidentCommentsAndTheTextStaysTextWithSafeLinks() {
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("<b>Great</b> idea, see https://example.org/fridges.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("comment-post")));

        Long stored = jdbc.queryForObject("select count(*) from comment where idea_id = ?", Long.class, idea);
        assertThat(stored).isEqualTo(1);
        Div list = _get(Div.class, spec -> spec.withId("comments"));
        Anchor link = _get(list, Anchor.class, spec -> spec.withText("https://example.org/fridges"));
        assertThat(link.getHref()).isEqualTo("https://example.org/fridges");
        assertThat(link.getElement().getAttribute("rel")).contains("nofollow").contains("ugc").contains("noopener");
        assertThat(_find(list, Span.class, spec -> spec.withText("<b>Great</b> idea, see "))).hasSize(1);
        assertThat(list.getElement().getOuterHTML()).doesNotContain("<b>Great</b>");
        // the lead may answer; the resident's own comment offers change and delete but not report
        assertThat(_find(list, Button.class, spec -> spec.withText("Report"))).isEmpty();
        assertThat(_find(list, Button.class, spec -> spec.withText("Change"))).hasSize(1);

        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas");
        assertThat(_get(Anchor.class, spec -> spec.withId("discussion-" + idea)).getText()).isEqualTo("Discussion: 1 comment");
    }

    @Test
    @WithMockUser(username = "neighbour", roles = "RESIDENT")
    void aBlankCommentIsRefusedAndNothingIsStored() {
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("   ");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("comment-post")));
        assertThat(jdbc.queryForObject("select count(*) from comment where idea_id = ?", Long.class, idea)).isZero();
    }
}
