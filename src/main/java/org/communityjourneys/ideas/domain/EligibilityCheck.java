package org.communityjourneys.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One rule of the eligibility table applied to one idea: which check, whether it passed, and why. */
@Embeddable
public record EligibilityCheck(@Column(name = "check_name") String check, @Column(name = "passed") boolean passed,
        @Column(name = "reason") String reason) {
}
