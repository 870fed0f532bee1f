package org.communityjourneys.identity.domain;

import java.util.UUID;

/**
 * Someone deleted their own account. Carries no personal data: only the old account id and ward.
 * Their ideas stay, shown as by {@link #FORMER_RESIDENT}.
 */
public record ResidentAccountDeleted(UUID accountId, String wardCode) {

    /** What other modules write instead of the username of someone who deleted their account. */
    public static final String FORMER_RESIDENT = "a former resident";
}
