package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** The author said where their idea is about ({@code givenBy}), or took its place off the map ({@code null}). */
public record IdeaPlaced(UUID journeyId, UUID ideaId, String author, PlaceGivenBy givenBy) {
}
