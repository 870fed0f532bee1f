package org.communityjourneys.ideas.domain;

import java.util.UUID;

public record ShortlistConfirmed(UUID journeyId, int shortlisted, int excluded, String facilitator) {
}
