package org.communityjourneys.chest.domain;

/**
 * Someone started a process from its start form in the app, e.g. a hub claimed a start-up grant.
 * {@code grantId} is the grant the process recorded, or null.
 */
public record ProcessStartedFromForm(String processKey, String processName, String processInstanceId,
        String grantId, String startedBy) {
}
