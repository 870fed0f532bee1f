package org.communityjourneys.notifications.domain;

/**
 * What to tell people: a one-line subject, a few plain-English sentences and the path of the page
 * that says more (e.g. {@code /journeys/<id>/ideas}), relative to the product's address.
 */
public record Notice(String subject, String body, String link) {

    public Notice {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A notice needs a subject.");
        }
        if (body == null) {
            body = "";
        }
    }
}
