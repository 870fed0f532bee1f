package org.communityjourneys.chest.domain;

import java.util.UUID;

public record GrantDecided(UUID grantId, UUID journeyId, String route, boolean approved, String by) {
}
