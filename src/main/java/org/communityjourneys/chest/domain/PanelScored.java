package org.communityjourneys.chest.domain;

import java.util.UUID;

/** A panel member scored a grant application; {@code total} is the sum of the five scores (5 to 25). */
public record PanelScored(UUID grantId, UUID journeyId, String member, int total) {
}
