package org.communityjourneys.review.domain;

public enum ReportOutcome {
    SUBMITTED, CLARIFICATION_ASKED, ACCEPTED
}
