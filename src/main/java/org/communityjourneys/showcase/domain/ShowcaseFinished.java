package org.communityjourneys.showcase.domain;

import java.util.UUID;

/** A facilitator finished the showcase stage of a journey after recording these many conversations. */
public record ShowcaseFinished(UUID journeyId, long conversations, String finishedBy) {
}
