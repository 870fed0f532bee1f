package org.communityjourneys.review.domain;

import org.communityjourneys.shared.domain.Wording;
import java.util.Optional;
import org.communityjourneys.showcase.domain.PhotoUpload;

/**
 * Why a report's photo cannot be added, worded from the review's bundle: the same judgement as
 * {@link PhotoUpload#problem(long)} (which says it in English only), in the reader's language.
 */
public final class ReportPhoto {

    private ReportPhoto() {
    }

    /** The photo's problem, or empty when {@link PhotoUpload#problem(long)} finds none. */
    public static Optional<Wording> problem(PhotoUpload photo, long maxBytes) {
        if (photo.problem(maxBytes).isEmpty()) {
            return Optional.empty();
        }
        String kind = photo.bytes().length == 0 ? "empty" : photo.bytes().length > maxBytes ? "tooLarge" : "notAnImage";
        String key = "review.photo." + kind + (photo.fileName() == null ? "" : "Named");
        return Optional.of(photo.fileName() == null ? Wording.of(key, PhotoUpload.megabytes(maxBytes))
                : Wording.of(key, photo.fileName(), PhotoUpload.megabytes(maxBytes)));
    }
}
