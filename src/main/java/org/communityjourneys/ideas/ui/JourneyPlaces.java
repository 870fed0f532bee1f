package org.communityjourneys.ideas.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaComments;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.ui.MapTiles;
import org.communityjourneys.shared.ui.PlacesMap;
import org.communityjourneys.shared.ui.PlacesSection;
import org.communityjourneys.shared.ui.Translations;

/** The journey's ideas on the map of its wards, with the list alternative (withdrawn, hidden and merged ideas left out). */
final class JourneyPlaces {

    private JourneyPlaces() {
    }

    static PlacesSection of(Journey journey, List<Idea> ideas, List<Ward> wards, MapTiles tiles) {
        Map<String, Ward> byCode = wards.stream().collect(Collectors.toMap(Ward::getCode, Function.identity()));
        List<PlacesMap.Centre> centres = journey.getWardCodes().stream().sorted().map(byCode::get)
                .filter(ward -> ward != null && ward.centre().isPresent())
                .map(ward -> new PlacesMap.Centre(ward.centre().get(), Translations.text("places.centreOf", ward.getName()))).toList();
        List<PlacesSection.Entry> entries = ideas.stream()
                .filter(Idea::isInPlay)
                .map(idea -> {
                    Ward ward = byCode.get(idea.getWardCode());
                    Optional<MapPoint> centre = ward == null ? Optional.empty() : ward.centre();
                    return new PlacesSection.Entry(idea.getTitle(), PlacesMap.Kind.IDEA,
                            IdeaComments.pathOf(journey.getId(), idea.getId()).substring(1), idea.getPlace().orElse(null),
                            centre.orElse(null), ward == null ? idea.getWardCode() : ward.getName(),
                            idea.getPlaceGivenBy() == null ? null
                                    : Translations.text("places.givenBy." + idea.getPlaceGivenBy().name().toLowerCase(java.util.Locale.ROOT)));
                }).toList();
        return new PlacesSection("journey-places", Translations.text("ideas.places.heading"), tiles, centres, entries);
    }
}
