package org.communityjourneys.review.domain;

import java.util.UUID;

/** A facilitator asked a paid grant's group for its learning report now, before the review timer. */
public record LearningReportAskedEarly(UUID grantId, UUID journeyId, String by) {
}
