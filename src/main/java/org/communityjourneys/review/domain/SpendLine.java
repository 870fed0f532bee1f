package org.communityjourneys.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of what a project spent, in pence. */
@Embeddable
public record SpendLine(@Column(name = "line") String line, @Column(name = "spent_pence") long spentPence) {
}
