package org.communityjourneys.review.domain;

import java.util.UUID;

/** A learning report was filed by the group, or recorded for them by a facilitator. */
public record LearningReportFiled(UUID grantId, UUID journeyId, String by, boolean recordedOnBehalf) {
}
