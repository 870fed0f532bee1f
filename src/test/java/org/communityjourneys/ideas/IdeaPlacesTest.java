package org.communityjourneys.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaPlaces;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.ideas.service.IdeasWindowClosed;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.domain.NationalGrid;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Placing an idea on the map, attacked as an insider would: someone else's idea, someone else's
 * name, a postcode of another ward, a point far away, after the window closes. Each refusal is
 * checked against the idea's row before and after.
 */
@SpringBootTest
@ActiveProfiles("test")
class IdeaPlacesTest {

    /** Leominster East (Journeys.WARD): centre 52.220428, -2.70312; HR6 8BB is one of its postcodes. */
    private static final MapPoint CENTRE = MapPoint.of(52.220428, -2.70312);

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    IdeaPlaces places;
    @Autowired
    JdbcTemplate jdbc;

    private Journey journey;
    private UUID idea;

    @BeforeEach
    void anIdeaInTheOpenWindow() {
        journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        idea = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Benches by the priory",
                "Three benches on the walk to the priory.", 90_000, Theme.ACTIVE_AND_GREEN, Journeys.WARD, "Friends of the priory",
                "friends@example.org"), "resident"));
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select place_latitude, place_longitude, place_given_by, version, updated_at from idea where id = ?", idea);
    }

    private long auditRows(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Long.class, action, idea.toString());
    }

    @Test
    void theAuthorPlacesTheIdeaByAPostcodeOfItsWardThenOnTheMapThenTakesItOff() {
        MapPoint point = SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, " hr6  8bb", "resident"));
        assertThat(point).isEqualTo(NationalGrid.toMapPoint(349_931, 258_816));
        assertThat(point.kilometresTo(CENTRE)).isBetween(2.1, 2.3);
        Map<String, Object> placed = row();
        assertThat(placed.get("place_given_by")).isEqualTo("POSTCODE");
        assertThat(((java.math.BigDecimal) placed.get("place_latitude"))).isEqualByComparingTo(point.latitude());
        assertThat(auditRows("idea.placed")).isEqualTo(1);

        SignedIn.as("resident", "RESIDENT", () -> places.placeOnMap(idea, 52.2251, -2.7352, "resident"));
        assertThat(ideas.get(idea).getPlace()).contains(MapPoint.of(52.2251, -2.7352));
        assertThat(row().get("place_given_by")).isEqualTo("MAP");

        SignedIn.as("resident", "RESIDENT", () -> places.clearPlace(idea, "resident"));
        assertThat(ideas.get(idea).getPlace()).isEmpty();
        Map<String, Object> cleared = row();
        assertThat(cleared.get("place_latitude")).isNull();
        assertThat(cleared.get("place_given_by")).isNull();
        assertThat(auditRows("idea.unplaced")).isEqualTo(1);
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> places.clearPlace(idea, "resident")))
                .hasMessage("This idea has no place on the map.");
        assertThat(row()).isEqualTo(cleared);
    }

    @Test
    void nobodyButTheAuthorPlacesTheIdeaAndBadPlacesChangeNothing() {
        SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "HR6 8BB", "resident"));
        Map<String, Object> before = row();
        List<Runnable> attacks = List.of(
                () -> SignedIn.as("applicant", "RESIDENT", () -> places.placeByPostcode(idea, "HR6 8DQ", "applicant")),
                () -> SignedIn.as("applicant", "RESIDENT", () -> places.placeOnMap(idea, 52.22, -2.70, "resident")),
                () -> SignedIn.as("facilitator", "FACILITATOR", () -> places.clearPlace(idea, "facilitator")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "HR1 1BJ", "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "not a postcode", "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "SW1A 1AA", "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "HR6 9ZZ", "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "", "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeOnMap(idea, 52.06, -2.71, "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeOnMap(idea, 48.85, 2.35, "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeOnMap(idea, Double.NaN, -2.7, "resident")),
                () -> SignedIn.as("resident", "RESIDENT", () -> places.placeOnMap(UUID.randomUUID(), 52.22, -2.70, "resident")));
        for (Runnable attack : attacks) {
            assertThatThrownBy(attack::run).isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class,
                    AccessDeniedException.class);
            assertThat(row()).isEqualTo(before);
        }
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "HR1 1BJ", "resident")))
                .hasMessage("HR1 1BJ is in College, not in Leominster East, the ward this idea is for.");
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> places.placeOnMap(idea, 52.06, -2.71, "resident")))
                .hasMessageStartingWith("That point is 17.8 km from the centre of Leominster East");
        assertThatThrownBy(() -> SignedIn.as("applicant", "RESIDENT", () -> places.placeByPostcode(idea, "HR6 8DQ", "applicant")))
                .hasMessage("Only the person who put the idea forward can place it on the map.");
        assertThat(auditRows("idea.placed")).isEqualTo(1);
    }

    @Test
    void afterTheWindowClosesThePlaceStaysAsItWas() {
        SignedIn.as("resident", "RESIDENT", () -> places.placeByPostcode(idea, "HR6 8LS", "resident"));
        ideas.closeWindow(journey.getId(), true);
        Map<String, Object> before = row();
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> places.placeOnMap(idea, 52.22, -2.70, "resident")))
                .isInstanceOf(IdeasWindowClosed.class);
        assertThatThrownBy(() -> SignedIn.as("resident", "RESIDENT", () -> places.clearPlace(idea, "resident")))
                .isInstanceOf(IdeasWindowClosed.class);
        assertThat(row()).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesHalfAPlaceOrOneOutsideBritain() {
        assertThatThrownBy(() -> jdbc.update("update idea set place_latitude = 52.2 where id = ?", idea))
                .hasMessageContaining("idea_place_whole");
        assertThatThrownBy(() -> jdbc.update("update idea set place_latitude = 40, place_longitude = -2.7, place_given_by = 'MAP' where id = ?", idea))
                .hasMessageContaining("idea_place_in_britain");
        assertThatThrownBy(() -> jdbc.update("update idea set place_latitude = 52.2, place_longitude = -2.7, place_given_by = 'GUESS' where id = ?", idea))
                .hasMessageContaining("idea_place_given_by");
        assertThat(row().get("place_latitude")).isNull();
    }

    @Test
    void everySamplePostcodeLiesNearItsOwnWardsCentre() {
        List<Map<String, Object>> rows = jdbc.queryForList("select p.postcode, p.easting, p.northing, w.latitude, w.longitude"
                + " from postcode p join ward w on w.code = p.ward_code where p.easting is not null");
        assertThat(rows).hasSize(159);
        for (Map<String, Object> postcode : rows) {
            MapPoint point = NationalGrid.toMapPoint((Integer) postcode.get("easting"), (Integer) postcode.get("northing"));
            MapPoint centre = new MapPoint((java.math.BigDecimal) postcode.get("latitude"), (java.math.BigDecimal) postcode.get("longitude"));
            assertThat(point.kilometresTo(centre)).as(postcode.get("postcode").toString()).isLessThan(8.5);
        }
    }
}
