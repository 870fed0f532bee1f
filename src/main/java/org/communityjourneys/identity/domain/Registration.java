package org.communityjourneys.identity.domain;

/**
 * What a resident fills in to register. {@code chosenWardCode} is used only when the postcode is
 * not one the project knows.
 */
public record Registration(String name, String email, String password, String postcode,
        String chosenWardCode, AgeBand ageBand, boolean privacyConsent) {
}
