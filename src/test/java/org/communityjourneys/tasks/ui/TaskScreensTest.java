package org.communityjourneys.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the screens named by {@code screen:} form keys live. */
class TaskScreensTest {

    private final TaskScreens screens = new TaskScreens();

    @Test
    void knownScreensGetTheirLocationWithTheJourneyAndTask() {
        assertThat(screens.locationFor("shortlist", "j-1", "t-1")).contains("journeys/j-1/shortlist?task=t-1");
        assertThat(screens.locationFor("launch-journey", null, null)).contains("journeys/launch");
        assertThat(screens.knows("shortlist")).isTrue();
    }

    @Test
    void unknownScreensAndMissingJourneysGiveNothing() {
        assertThat(screens.locationFor("no-such-screen", "j-1", "t-1")).isEmpty();
        assertThat(screens.knows("no-such-screen")).isFalse();
        assertThat(screens.locationFor("shortlist", null, "t-1")).isEmpty();
    }

    @Test
    void theShowcaseScreenLivesUnderItsJourney() {
        assertThat(screens.locationFor("showcase", "j-2", "t-2")).contains("journeys/j-2/showcase?task=t-2");
        assertThat(screens.locationFor("showcase", "j-2", null)).contains("journeys/j-2/showcase");
    }

    @Test
    void theGrantScreensLiveUnderTheirGrantTakenFromTheTasksVariables() {
        java.util.Map<String, Object> variables = java.util.Map.of("grantId", "g-1", "ideaId", "i-1");
        assertThat(screens.locationFor("grant-application", "j-3", "t-3", variables)).contains("grants/g-1/application?task=t-3");
        assertThat(screens.locationFor("panel-review", "j-3", "t-3", variables)).contains("grants/g-1/panel?task=t-3");
        assertThat(screens.locationFor("panel-chair", "j-3", "t-3", variables)).contains("grants/g-1/chair?task=t-3");
        assertThat(screens.locationFor("board-referral", "j-3", "t-3", variables)).contains("grants/g-1/board?task=t-3");
        assertThat(screens.locationFor("panel-review", "j-3", "t-3")).as("no grant variable").isEmpty();
    }

    @Test
    void theLearningReviewScreensLiveUnderTheirTask() {
        assertThat(screens.locationFor("learning-report", "j-3", "t-3")).contains("learning-reports/t-3?task=t-3");
        assertThat(screens.locationFor("review-learning-report", "j-3", "t-4")).contains("learning-reviews/t-4?task=t-4");
    }

    @Test
    void everyScreenIsTheOneItsViewDeclares() {
        assertThat(screens.names()).containsExactly("board-referral", "certify", "grant-application", "grant-payment",
                "launch-journey", "learning-report", "panel-chair", "panel-review", "review-learning-report", "shortlist",
                "showcase");
        assertThat(screens.locationFor("grant-payment", "j-5", "t-5", java.util.Map.of("grantId", "g-5")))
                .contains("grants/g-5/payment?task=t-5");
    }
}
