package org.communityjourneys.review.domain;

import java.util.UUID;

/** A facilitator accepted a learning report, or asked the group one question about it. */
public record LearningReportReviewed(UUID grantId, UUID journeyId, String by, boolean accepted) {
}
