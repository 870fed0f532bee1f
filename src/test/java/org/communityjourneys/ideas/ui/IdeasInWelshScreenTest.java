package org.communityjourneys.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.journey.ui.JourneyView;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** A journey's ideas page, and the ideas part of the journey page, while the UI is in Welsh. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "author", roles = "RESIDENT")
class IdeasInWelshScreenTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    org.communityjourneys.ideas.service.IdeaPlaces places;
    @Autowired
    org.communityjourneys.shared.service.WardDirectory wards;

    Journey journey;
    UUID fridge;

    @BeforeEach
    void openIdeasPageInWelsh() {
        Journeys.residents(accounts, "author");
        journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        fridge = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Community fridge",
                "A fridge for everyone", 10_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "a@example.org"), "author"));
        SpringMockVaadin.setUp(context, JourneyIdeasView.class, JourneyView.class);
        UI.getCurrent().setLocale(Languages.WELSH);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas");
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    void theIdeasPageIsInWelsh() {
        assertThat(_get(H1.class).getText()).isEqualTo("Syniadau: " + journey.getTitle());
        assertThat(_get(Paragraph.class, spec -> spec.withId("ideas-window-state")).getText())
                .isEqualTo("Mae'r cyfnod syniadau ar agor: cyflwynwch syniad, neu cefnogwch y syniadau rydych chi'n eu hoffi.");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Y syniadau hyd yma", "Syniadau ar y map");
        assertThat(_get(Details.class, spec -> spec.withId("idea-form")).getSummaryText()).isEqualTo("Cyflwyno syniad");
        assertThat(_get(TextField.class, spec -> spec.withId("idea-title")).getLabel()).isEqualTo("Teitl");
        assertThat(_get(Span.class, spec -> spec.withClasses("idea-facts")).getText()).isEqualTo(
                Money.format(10_000, Languages.WELSH) + " · Y dechrau gorau mewn bywyd (0-5 oed) · 0 cefnogwr · Wedi'i gyflwyno");
        assertThat(_get(Anchor.class, spec -> spec.withId("discussion-" + fridge)).getText()).isEqualTo("Trafodaeth: dim sylwadau eto");
        assertThat(_get(Paragraph.class, spec -> spec.withId("own-idea-" + fridge)).getText())
                .isEqualTo("Chi a gyflwynodd y syniad hwn: gall trigolion eraill ei gefnogi.");
        assertThat(_get(Details.class, spec -> spec.withId("place-" + fridge)).getSummaryText()).isEqualTo("Ble mae'r syniad hwn?");
        assertThat(_get(Paragraph.class, spec -> spec.withId("place-now-" + fridge)).getText()).isEqualTo("Nid yw ar y map eto.");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Syniadau | Teithiau Cymunedol");
    }

    @Test
    void wherePlacedIdeasAreIsSaidInWelsh() {
        org.communityjourneys.shared.domain.Ward ward = wards.find(Journeys.WARD).orElseThrow();
        org.communityjourneys.shared.domain.MapPoint centre = ward.centre().orElseThrow();
        // about 300 m north of the ward's centre
        SignedIn.as("author", "RESIDENT", () -> places.placeOnMap(fridge, centre.latitude().doubleValue() + 0.0027,
                centre.longitude().doubleValue(), "author"));
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas");
        assertThat(_get(Paragraph.class, spec -> spec.withId("place-now-" + fridge)).getText())
                .isEqualTo("Ar y map: tua 300 m i'r gogledd o ganol ward " + ward.getName() + ".");
    }

    @Test
    void aDraftsProblemsAreSaidInWelshUnderTheirFields() {
        _get(BigDecimalField.class, spec -> spec.withId("idea-cost")).setValue(new java.math.BigDecimal("100"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("idea-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("idea-title")).getErrorMessage()).isEqualTo("Rhowch deitl i'r syniad.");
        assertThat(_get(TextArea.class, spec -> spec.withId("idea-description")).getErrorMessage()).isEqualTo("Disgrifiwch y syniad.");
    }

    @Test
    void theJourneyPageLinksToTheIdeasInWelsh() {
        UI.getCurrent().navigate("journeys/" + journey.getId());
        assertThat(_get(Anchor.class, spec -> spec.withId("journey-ideas-link")).getText()).isEqualTo("Syniadau ar gyfer y daith hon");
    }
}
