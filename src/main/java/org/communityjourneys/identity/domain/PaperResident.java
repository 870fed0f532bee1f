package org.communityjourneys.identity.domain;

/**
 * A person without an account, as a facilitator takes them down from a paper ballot: their name,
 * the first line of their address (optional), their postcode, the ward when the postcode is not one
 * the project knows, and their age band (needed when the journey's vote is limited to some ages).
 */
public record PaperResident(String name, String addressLine, String postcode, String chosenWardCode, AgeBand ageBand) {
}
