package org.communityjourneys.ideas.service;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.domain.IdeaPlaced;
import org.communityjourneys.ideas.domain.IdeaRepository;
import org.communityjourneys.ideas.domain.PlaceGivenBy;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.PostcodeLookup;
import org.communityjourneys.shared.service.WardDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where an idea is about, for the ward maps. Only the idea's author places it, while they may still
 * change it (the ideas window is open and the idea is in play, as {@link IdeaService#edit}), by a
 * postcode of the idea's own ward or by a point on the map near the ward. The reference data has
 * ward centres, not boundaries, so "near" means within {@value #MOST_KM_FROM_WARD_CENTRE} km of the
 * centre: every sample postcode lies within 8.4 km of its own ward's centre.
 */
@Service
@Transactional
public class IdeaPlaces {

    /** How far from its ward's centre an idea may be placed. */
    public static final double MOST_KM_FROM_WARD_CENTRE = 12;

    private final IdeaRepository ideas;
    private final IdeaService ideaService;
    private final PostcodeLookup postcodes;
    private final WardDirectory wards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdeaPlaces(IdeaRepository ideas, IdeaService ideaService, PostcodeLookup postcodes, WardDirectory wards,
            CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.ideas = ideas;
        this.ideaService = ideaService;
        this.postcodes = postcodes;
        this.wards = wards;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Places the idea at a postcode of its own ward; returns the point. */
    public MapPoint placeByPostcode(UUID ideaId, String postcode, String author) {
        Idea idea = changeableBy(ideaId, author);
        String normalised = PostcodeLookup.normalise(postcode);
        switch (postcodes.standing(postcode)) {
            case BLANK -> throw new IllegalArgumentException("Give a postcode, for example HR1 1BJ.");
            case MALFORMED -> throw new IllegalArgumentException("\"" + normalised + "\" is not a postcode: try one like HR1 1BJ.");
            case OUTSIDE_COUNTY -> throw new IllegalArgumentException(normalised + " is not a postcode of the county.");
            case UNKNOWN_IN_COUNTY -> throw new IllegalArgumentException("We do not know where " + normalised
                    + " is yet: place the idea on the map instead.");
            case KNOWN -> {
                // below
            }
        }
        String postcodeWard = postcodes.wardOf(normalised).orElseThrow();
        if (!postcodeWard.equals(idea.getWardCode())) {
            throw new IllegalArgumentException(normalised + " is in " + wardName(postcodeWard) + ", not in "
                    + wardName(idea.getWardCode()) + ", the ward this idea is for.");
        }
        MapPoint point = postcodes.pointOf(normalised).orElseThrow(() -> new IllegalArgumentException(
                "We do not know where " + normalised + " is yet: place the idea on the map instead."));
        place(idea, point, PlaceGivenBy.POSTCODE, author);
        return point;
    }

    /** Places the idea at a point of the map, which must be near the idea's ward. */
    public MapPoint placeOnMap(UUID ideaId, double latitude, double longitude, String author) {
        Idea idea = changeableBy(ideaId, author);
        MapPoint point = MapPoint.of(latitude, longitude);
        Ward ward = wards.find(idea.getWardCode()).orElseThrow();
        Optional<MapPoint> centre = ward.centre();
        if (centre.isPresent() && centre.get().kilometresTo(point) > MOST_KM_FROM_WARD_CENTRE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.UK,
                    "That point is %.1f km from the centre of %s: place the idea in or near its ward.",
                    centre.get().kilometresTo(point), ward.getName()));
        }
        place(idea, point, PlaceGivenBy.MAP, author);
        return point;
    }

    /** Takes the idea off the map. */
    public void clearPlace(UUID ideaId, String author) {
        Idea idea = changeableBy(ideaId, author);
        if (idea.getPlace().isEmpty()) {
            throw new IllegalStateException("This idea has no place on the map.");
        }
        idea.place(null, null, clock.instant());
        events.publishEvent(new IdeaPlaced(idea.getJourneyId(), idea.getId(), author, null));
    }

    private void place(Idea idea, MapPoint point, PlaceGivenBy givenBy, String author) {
        idea.place(point, givenBy, clock.instant());
        events.publishEvent(new IdeaPlaced(idea.getJourneyId(), idea.getId(), author, givenBy));
    }

    /** The same checks as changing the idea: its author, while the window is open and the idea awaits the shortlist. */
    private Idea changeableBy(UUID ideaId, String author) {
        currentUser.requireActingAs(author, Role.RESIDENT, Role.APPLICANT);
        Idea idea = ideas.findById(ideaId).orElseThrow(() -> new IllegalArgumentException("There is no such idea."));
        if (!ideaService.isWindowOpen(idea.getJourneyId())) {
            throw new IdeasWindowClosed();
        }
        if (!idea.getAuthor().equals(author)) {
            throw new IllegalArgumentException("Only the person who put the idea forward can place it on the map.");
        }
        if (!idea.isInPlay() || !idea.awaitsShortlist()) {
            throw new IllegalStateException("This idea can no longer be changed.");
        }
        return idea;
    }

    private String wardName(String code) {
        return wards.find(code).map(Ward::getName).orElse(code);
    }
}
