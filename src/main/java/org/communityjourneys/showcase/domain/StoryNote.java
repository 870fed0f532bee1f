package org.communityjourneys.showcase.domain;

import java.util.UUID;

/**
 * A story heard at a conversation, with an optional photo: either a photo already stored
 * ({@code keptPhotoId}) or a newly uploaded one ({@code newPhoto}), never both.
 */
public record StoryNote(String text, String photoCaption, UUID keptPhotoId, PhotoUpload newPhoto) {

    public static StoryNote text(String text) {
        return new StoryNote(text, null, null, null);
    }

    public boolean hasPhoto() {
        return keptPhotoId != null || newPhoto != null;
    }
}
