package org.communityjourneys.notifications.domain;

import org.communityjourneys.shared.domain.Wording;

/**
 * What to tell people: a one-line subject, a few plain-English sentences and the path of the page
 * that says more (e.g. {@code /journeys/<id>/ideas}), relative to the product's address. A notice
 * made with {@link #worded} also keeps its subject and body as {@link Wording}s, so that the
 * notifications page says them in the reader's language; the e-mail and the stored texts are English.
 */
public record Notice(String subject, String body, String link, Wording subjectWording, Wording bodyWording) {

    public Notice {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A notice needs a subject.");
        }
        if (body == null) {
            body = "";
        }
    }

    /** A notice in English only. */
    public Notice(String subject, String body, String link) {
        this(subject, body, link, null, null);
    }

    /** A notice said in each language: its English subject and body are the wordings' English. */
    public static Notice worded(Wording subject, Wording body, String link) {
        return new Notice(subject.english(), body.english(), link, subject, body);
    }
}
