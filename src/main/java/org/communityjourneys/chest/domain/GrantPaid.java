package org.communityjourneys.chest.domain;

import java.util.UUID;

public record GrantPaid(UUID grantId, UUID journeyId, long amountPence, String reference, String by) {
}
