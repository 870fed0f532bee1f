package org.communityjourneys.wards;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Photos;
import org.communityjourneys.wards.ui.WardView;
import org.communityjourneys.wards.ui.WardsView;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The public ward pages, rendered with Karibu-Testing. */
@SpringBootTest
@ActiveProfiles("test")
class WardPageTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.communityjourneys.identity.service.AccountService accounts;

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcase;
    @Autowired
    IdeaService ideas;

    @BeforeEach
    void setUp() {
        SpringMockVaadin.setUp(context, WardsView.class, WardView.class);
    }

    @AfterEach
    void tearDown() {
        SpringMockVaadin.tearDown();
    }

    @Test
    void theWardListHasAllFiftyThreeWardsAndCanBeSearched() {
        UI.getCurrent().navigate("wards");

        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("ward-list"));
        assertThat(list.getChildren().count()).isEqualTo(53);
        _get(TextField.class, spec -> spec.withLabel("Find your ward")).setValue("ledbury");
        assertThat(list.getChildren().count()).isEqualTo(3);
    }

    @Test
    void aWardWithAJourneyShowsItsStageShowcaseAndIdeasButNoContacts() {
        Journey journey = Wards.journeyWithAnIdea(accounts, journeys, showcase, ideas);

        UI.getCurrent().navigate("wards/" + Wards.ARROW);

        assertThat(_get(H1.class).getText()).isEqualTo("Arrow");
        String page = _get(WardView.class).getElement().getTextRecursively();
        assertThat(page).contains(journey.getTitle())
                .contains("Stage: " + journeys.get(journey.getId()).getStage().label())
                .contains("Somewhere warm to meet in winter")
                .contains("Lifts to the surgery")
                .contains("Warm space on Tuesdays")
                .doesNotContain(Wards.CONTACT)
                .doesNotContain(Wards.LED_BY)
                .doesNotContain("@");
    }

    @Test
    void theShowcaseSummaryGroupsAssetsAndNeedsAndShowsStoriesWithCaptionedPhotos() {
        String script = "<script>alert('x')</script>";
        Journey journey = Wards.journeyWithAnIdea(accounts, journeys, showcase, ideas, List.of(
                new StoryNote("Tea and cake " + script, "Neighbours sharing tea", null, new PhotoUpload("tea.png", Photos.png()))));
        UUID photoId = showcase.forJourney(journey.getId()).get(0).getStories().get(1).getPhotoId();

        UI.getCurrent().navigate("wards/" + Wards.ARROW);

        Section section = _get(Section.class, spec -> spec.withClasses("ward-journey")
                .withPredicate(candidate -> candidate.getElement().getTextRecursively().contains(journey.getTitle())));
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("1 conversation with 17 people taking part.")
                .contains("Places:").contains("The village hall")
                .contains("Groups:").contains("A walking group (Meets on Sundays)")
                .contains("Lifts to the surgery")
                .contains("Good mental wellbeing throughout life:")
                .contains("People who are lonely or isolated:")
                .contains("Somewhere warm to meet in winter")
                .contains("A story of neighbours helping")
                .contains("Tea and cake " + script)
                .doesNotContain("facilitator");
        Image photo = _get(section, Image.class, spec -> spec.withAttribute("alt", "Neighbours sharing tea"));
        assertThat(photo.getSrc()).isEqualTo("api/showcase/photos/" + photoId);
        assertThat(_find(Html.class)).isEmpty();
    }

    @Autowired
    org.communityjourneys.ideas.service.IdeaPlaces places;

    @Test
    void theWardMapShowsThePlacedIdeaAndTheListSaysWhereInEnglishAndInWelsh() {
        Journey journey = Wards.journeyWithAnIdea(accounts, journeys, showcase, ideas);
        UUID idea = ideas.forJourney(journey.getId()).get(0).getId();
        org.communityjourneys.support.SignedIn.as(Wards.ARROW_RESIDENT, "RESIDENT",
                () -> places.placeByPostcode(idea, "HR6 9HF", Wards.ARROW_RESIDENT));

        UI.getCurrent().navigate("wards/" + Wards.ARROW);
        org.communityjourneys.shared.ui.PlacesMap map = _get(org.communityjourneys.shared.ui.PlacesMap.class,
                spec -> spec.withId("ward-places-map"));
        assertThat(((elemental.json.JsonValue) map.getElement().getPropertyRaw("places")).toJson()).contains("Warm space on Tuesdays").contains("\"kind\":\"idea\"");
        assertThat(((elemental.json.JsonValue) map.getElement().getPropertyRaw("centres")).toJson()).contains("Centre of Arrow");
        assertThat(map.getElement().getProperty("tileUrl")).as("no tile server in tests").isEmpty();
        String list = _get(Section.class, spec -> spec.withId("ward-places-list")).getElement().getTextRecursively();
        assertThat(list).containsPattern("Warm space on Tuesdays \\(idea\\): about [0-9.]+ km [a-z-]+ of the centre of Arrow, placed by a postcode\\.");

        UI.getCurrent().setLocale(org.communityjourneys.shared.ui.Languages.WELSH);
        UI.getCurrent().navigate("wards");
        assertThat(_get(H1.class).getText()).isEqualTo("Wardiau");
        UI.getCurrent().navigate("wards/" + Wards.ARROW);
        assertThat(_get(WardView.class).getElement().getTextRecursively()).contains("Ar y map").contains("Syniadau")
                .contains("Cyllideb: £");
        String welsh = _get(Section.class, spec -> spec.withId("ward-places-list")).getElement().getTextRecursively();
        assertThat(welsh).containsPattern("Warm space on Tuesdays \\(syniad\\): tua [0-9.]+ km i'r [a-z-]+ o ganol ward Arrow, wedi'i osod drwy god post\\.");
    }

    @Test
    void anUnknownWardSaysSo() {
        UI.getCurrent().navigate("wards/E99999999");

        assertThat(_get(H1.class).getText()).isEqualTo("Ward not found");
    }
}
