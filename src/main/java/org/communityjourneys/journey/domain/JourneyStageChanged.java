package org.communityjourneys.journey.domain;

import java.util.UUID;

/** Published whenever a journey reaches a new stage. */
public record JourneyStageChanged(UUID journeyId, JourneyStage from, JourneyStage to) {
}
