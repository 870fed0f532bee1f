package org.communityjourneys.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.PlaceGivenBy;
import org.communityjourneys.ideas.service.IdeaPlaces;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17, the map: at 360 px a resident places their idea by a postcode (one of another ward is
 * refused and changes nothing), then by tapping the map; the ward page's map shows a marker for
 * each placed idea, the list beside it names the same ones in words, and the page passes axe.
 * No tile server is set in tests: the markers are drawn on the plain background.
 */
class WardMapBrowserIT extends BrowserTestCase {

    @Autowired
    org.communityjourneys.showcase.service.ShowcaseService showcase;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    IdeaPlaces places;
    @Autowired
    TaskService tasks;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResidentPlacesTheirIdeaAndTheWardMapShowsItBesideItsList() {
        Journey journey = Journeys.takingIdeas(journeys, showcase, tasks, ideas);
        String neighbour = Journeys.residentOfTheWard(accounts, "map-neighbour-" + UUID.randomUUID() + "@example.org");
        String neighbourTitle = "Picnic benches by the river " + UUID.randomUUID().toString().substring(0, 6);
        UUID neighbours = SignedIn.as(neighbour, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(neighbourTitle,
                "Two benches and a bin.", 60_000, Theme.ACTIVE_AND_GREEN, Journeys.WARD, "River friends", "river@example.org"), neighbour));
        SignedIn.as(neighbour, "RESIDENT", () -> places.placeByPostcode(neighbours, "HR6 8LS", neighbour));
        String myTitle = "Stay and play at the hall " + UUID.randomUUID().toString().substring(0, 6);
        UUID mine = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(myTitle,
                "A warm room with toys.", 85_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "Robin", "robin@example.org"), "resident"));

        logIn("resident");
        resizeTo(360, 800);
        open("/journeys/" + journey.getId() + "/ideas");
        WebElement picker = waitFor(By.id("place-" + mine));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true;", picker);
        waitForVaadin();
        assertThat(waitFor(By.id("place-now-" + mine)).getText()).isEqualTo("Not on the map yet.");

        Map<String, Object> before = placeOf(mine);
        type("place-postcode-" + mine, "HR1 1BJ");
        click("place-by-postcode-" + mine);
        assertThat(waitFor(By.id("place-postcode-" + mine)).getAttribute("invalid")).isNotNull();
        assertThat(waitFor(By.id("place-postcode-" + mine)).getDomProperty("errorMessage"))
                .isEqualTo("HR1 1BJ is in College, not in Leominster East, the ward this idea is for.");
        assertThat(placeOf(mine)).as("a postcode of another ward changed nothing").isEqualTo(before);
        screenshot("postcode-of-another-ward-refused-360px");

        type("place-postcode-" + mine, "hr6 8dq");
        click("place-by-postcode-" + mine);
        new WebDriverWait(driver, STEP).until(browser -> PlaceGivenBy.POSTCODE.name().equals(placeOf(mine).get("place_given_by")));
        screenshot("placed-by-postcode-360px");

        WebElement reopened = waitFor(By.id("place-" + mine));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true;", reopened);
        waitForVaadin();
        assertThat(waitFor(By.id("place-now-" + mine)).getText()).contains("of the centre of Leominster East");
        WebElement canvas = waitFor(By.cssSelector("#place-map-" + mine + " .places-map-canvas"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        new Actions(driver).moveToElement(canvas, 40, 30).click().perform();
        new WebDriverWait(driver, STEP).until(browser -> PlaceGivenBy.MAP.name().equals(placeOf(mine).get("place_given_by")));
        screenshot("placed-on-the-map-360px");
        assertAccessible("the ideas page with the place picker at 360 px");

        open("/wards/" + Journeys.WARD);
        WebElement map = waitFor(By.id("ward-places-map"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", map);
        new WebDriverWait(driver, STEP).until(browser -> map.findElements(By.cssSelector("path.places-map-idea")).size()
                == driver.findElements(By.cssSelector("#ward-places-list li.place-idea")).size());
        String list = waitFor(By.id("ward-places-list")).getText();
        assertThat(list).contains(myTitle + " (idea): about").contains("placed on the map")
                .contains(neighbourTitle + " (idea): about").contains("placed by a postcode");
        assertThat(map.findElements(By.cssSelector("path.places-map-idea")).size()).isGreaterThanOrEqualTo(2);
        assertThat(map.findElements(By.cssSelector("path.places-map-centre"))).hasSize(1);
        assertThat(map.findElements(By.cssSelector("img.leaflet-tile"))).as("no tiles fetched in tests").isEmpty();
        assertThat((Boolean) driver.executeScript("return document.querySelector('#ward-places-map .places-map-canvas')"
                + ".querySelectorAll('a:not([tabindex=\"-1\"]), button:not([tabindex=\"-1\"])').length === 0;"))
                .as("nothing in the hidden drawing takes keyboard focus").isTrue();
        screenshot("ward-map-360px");
        assertAccessible("the ward page with its map at 360 px");
        resizeTo(1280, 900);
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", map);
        screenshot("ward-map");
        assertAccessible("the ward page with its map");
    }

    private Map<String, Object> placeOf(UUID idea) {
        return jdbc.queryForMap("select place_latitude, place_longitude, place_given_by, version from idea where id = ?", idea);
    }
}
