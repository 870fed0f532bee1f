package org.communityjourneys.chest.domain;

import java.util.UUID;

/** What proportionate governance looks at. */
public record GrantFacts(UUID grantId, long amountPence, boolean childrenOrVulnerableAdults,
        boolean firstTimeGroup, String fundName) {
}
