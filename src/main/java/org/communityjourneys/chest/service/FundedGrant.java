package org.communityjourneys.chest.service;

import java.util.UUID;

/**
 * A grant a group reports on, whichever way it was funded: a journey's grant (with its journey)
 * or a hub's start-up grant drawn straight from a fund ({@code journeyId} null, title = the hub's
 * organisation).
 */
public record FundedGrant(UUID id, UUID journeyId, String title, long amountPence, boolean hub) {

    /**
     * The business key of the process that asks for this grant's learning report: the journey's
     * id, or, for a grant without a journey, the grant's own id.
     */
    public UUID processKey() {
        return journeyId != null ? journeyId : id;
    }
}
