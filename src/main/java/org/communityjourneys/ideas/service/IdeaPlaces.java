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
import org.communityjourneys.shared.domain.Refused;
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
            case BLANK -> throw Refused.input("ideas.refused.postcodeBlank");
            case MALFORMED -> throw Refused.input("ideas.refused.postcodeMalformed", normalised);
            case OUTSIDE_COUNTY -> throw Refused.input("ideas.refused.postcodeOutsideCounty", normalised);
            case UNKNOWN_IN_COUNTY -> throw Refused.input("ideas.refused.postcodeUnknown", normalised);
            case KNOWN -> {
                // below
            }
        }
        String postcodeWard = postcodes.wardOf(normalised).orElseThrow();
        if (!postcodeWard.equals(idea.getWardCode())) {
            throw Refused.input("ideas.refused.postcodeOtherWard", normalised, wardName(postcodeWard),
                    wardName(idea.getWardCode()));
        }
        MapPoint point = postcodes.pointOf(normalised).orElseThrow(() -> Refused.input("ideas.refused.postcodeUnknown", normalised));
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
            throw Refused.input("ideas.refused.pointTooFar",
                    String.format(java.util.Locale.UK, "%.1f", centre.get().kilometresTo(point)), ward.getName());
        }
        place(idea, point, PlaceGivenBy.MAP, author);
        return point;
    }

    /** Takes the idea off the map. */
    public void clearPlace(UUID ideaId, String author) {
        Idea idea = changeableBy(ideaId, author);
        if (idea.getPlace().isEmpty()) {
            throw Refused.state("ideas.refused.noPlace");
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
        Idea idea = ideas.findById(ideaId).orElseThrow(() -> Refused.input("ideas.refused.noSuchIdea"));
        if (!ideaService.isWindowOpen(idea.getJourneyId())) {
            throw new IdeasWindowClosed();
        }
        if (!idea.getAuthor().equals(author)) {
            throw Refused.input("ideas.refused.onlyAuthorPlace");
        }
        if (!idea.isInPlay() || !idea.awaitsShortlist()) {
            throw Refused.state("ideas.refused.noLongerChangeable");
        }
        return idea;
    }

    private String wardName(String code) {
        return wards.find(code).map(Ward::getName).orElse(code);
    }
}
