package org.communityjourneys.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.journey.ui.JourneyView;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Moderation on a journey's ideas page, as a facilitator: hide with a reason, merge a duplicate; user text stays text. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class IdeaModerationScreenTest {

    @Autowired
    org.communityjourneys.identity.service.AccountService accounts;

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;

    Journey journey;
    UUID script;
    UUID fridge;
    UUID duplicate;

    @BeforeEach
    void openIdeasPage() {
        Journeys.residents(accounts, "author", "first", "second", "neighbour");
        journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        script = submit("<script>alert('hi')</script>", "author");
        fridge = submit("Community fridge", "first");
        duplicate = submit("A fridge for everyone", "second");
        SignedIn.as("neighbour", "RESIDENT", () -> ideas.support(duplicate, "neighbour"));
        SpringMockVaadin.setUp(context, JourneyIdeasView.class, JourneyView.class);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas");
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    @WithMockUser(username = "first", roles = "RESIDENT")
    void anAuthorIsOfferedNoSupportForTheirOwnIdeaAndCountsArePlural() {
        assertThat(_find(Button.class, spec -> spec.withId("support-" + fridge))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("own-idea-" + fridge)).getText())
                .isEqualTo("You put this idea forward: other residents can support it.");
        assertThat(_find(Button.class, spec -> spec.withId("support-" + duplicate))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withClasses("idea-facts")).stream().map(Span::getText))
                .anyMatch(text -> text.contains(" · 1 supporter · "))
                .anyMatch(text -> text.contains(" · 0 supporters · "));
    }

    @Test
    @WithMockUser(username = "first", roles = "RESIDENT")
    void anIdeasProblemsSitOnTheirFieldsNotInAPopUp() {
        int before = ideas.forJourney(journey.getId()).size();
        _get(BigDecimalField.class, spec -> spec.withId("idea-cost")).setValue(new java.math.BigDecimal("100"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("idea-submit")));
        TextField title = _get(TextField.class, spec -> spec.withId("idea-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the idea a title.");
        assertThat(_get(TextArea.class, spec -> spec.withId("idea-description")).getErrorMessage()).isEqualTo("Describe the idea.");
        assertThat(_find(Notification.class)).isEmpty();
        assertThat(ideas.forJourney(journey.getId())).hasSize(before);
    }

    private UUID submit(String title, String author) {
        return SignedIn.as(author, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(title, "<i>described</i>", 10_000, Theme.BEST_START_IN_LIFE,
                Journeys.WARD, "A group", "a@example.org"), author));
    }

    @Test
    void scriptInAnIdeaIsShownAsText() {
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("<script>alert('hi')</script>");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("<i>described</i>");
        assertThat(_find(Html.class)).isEmpty();
    }

    @Test
    void aFacilitatorHidesAnIdeaWithAReason() {
        ButtonKt._click(_get(Button.class, spec -> spec.withId("hide-" + script)));
        assertThat(ideas.get(script).getStatus()).as("no reason: refused").isEqualTo(IdeaStatus.SUBMITTED);

        _get(TextField.class, spec -> spec.withId("hide-reason-" + script)).setValue("Not an idea.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("hide-" + script)));
        assertThat(ideas.get(script).getStatus()).isEqualTo(IdeaStatus.HIDDEN);
        assertThat(ideas.get(script).getHiddenReason()).isEqualTo("Not an idea.");
        assertThat(ideas.visibleTo(journey.getId(), "neighbour", false)).extracting(Idea::getId).doesNotContain(script);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFacilitatorMergesADuplicate() {
        ComboBox<Idea> into = _get(ComboBox.class, spec -> spec.withId("merge-into-" + duplicate));
        into.setValue(ideas.get(fridge));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("merge-" + duplicate)));

        assertThat(ideas.get(duplicate).getStatus()).isEqualTo(IdeaStatus.MERGED);
        assertThat(ideas.supportCount(fridge)).isEqualTo(1);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Merged into \"Community fridge\""));
    }
}
