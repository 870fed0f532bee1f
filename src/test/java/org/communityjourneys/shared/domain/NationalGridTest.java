package org.communityjourneys.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.communityjourneys.shared.ui.PlacesSection;
import org.junit.jupiter.api.Test;

/** Grid references to map points, against the Ordnance Survey's worked example and known places. */
class NationalGridTest {

    @Test
    void theProjectionMatchesTheWorkedExampleOfTheOsGuide() {
        // "A guide to coordinate systems in Great Britain", annex C: E 651409.903, N 313177.270 is
        // 52 deg 39' 27.2531" N, 1 deg 43' 4.5177" E on Airy 1830
        double[] airy = NationalGrid.gridToAiry(651_409.903, 313_177.270);
        assertThat(Math.toDegrees(airy[0])).isCloseTo(52 + 39 / 60.0 + 27.2531 / 3600, within(1e-7));
        assertThat(Math.toDegrees(airy[1])).isCloseTo(1 + 43 / 60.0 + 4.5177 / 3600, within(1e-7));
    }

    @Test
    void theHelmertShiftLandsKnownPlacesWhereWebMapsHaveThem() {
        // Ben Nevis summit trig point, NN 16667 71278: 56.7969 N, 5.0037 W on WGS84
        MapPoint benNevis = NationalGrid.toMapPoint(216_667, 771_278);
        assertThat(benNevis.latitude().doubleValue()).isCloseTo(56.7969, within(0.0003));
        assertThat(benNevis.longitude().doubleValue()).isCloseTo(-5.0037, within(0.0003));
        // the datum shift moves a Hereford point by about 100 m: without it the answer would be off by more than that
        double[] airy = NationalGrid.gridToAiry(351_715, 240_754);
        MapPoint shifted = NationalGrid.toMapPoint(351_715, 240_754);
        MapPoint unshifted = MapPoint.of(Math.toDegrees(airy[0]), Math.toDegrees(airy[1]));
        assertThat(unshifted.kilometresTo(shifted)).isBetween(0.08, 0.15);
    }

    @Test
    void aReferenceOffTheGridIsRefused() {
        assertThatThrownBy(() -> NationalGrid.toMapPoint(-1, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NationalGrid.toMapPoint(100, 1_300_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NationalGrid.toMapPoint(Double.NaN, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pointsSayWhereTheyAreInWords() {
        MapPoint centre = MapPoint.of(52.064899, -2.70757);
        assertThat(PlacesSection.inWords(centre, centre, "College")).isEqualTo("at the centre of College");
        assertThat(PlacesSection.inWords(MapPoint.of(52.0676, -2.70757), centre, "College")).isEqualTo("about 300 m north of the centre of College");
        assertThat(PlacesSection.inWords(MapPoint.of(52.0449, -2.7376), centre, "College")).isEqualTo("about 3.0 km south-west of the centre of College");
        assertThat(MapPoint.of(52.064899, -2.6).directionTo(centre)).isEqualTo("west");
    }

    @Test
    void onlyPointsInGreatBritainArePoints() {
        assertThatThrownBy(() -> MapPoint.of(48.85, 2.35)).hasMessage("That place is not in Great Britain.");
        assertThatThrownBy(() -> MapPoint.of(Double.POSITIVE_INFINITY, -2.7)).hasMessage("That place is not on the map.");
        assertThat(MapPoint.of(52.1234567, -2.7).latitude()).hasToString("52.123457");
    }
}
