package org.communityjourneys.showcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A story heard at a showcase conversation, with an optional photo and its caption. */
@Entity
@Table(name = "showcase_story")
public class ShowcaseStory extends ConversationPart {

    @Column(nullable = false)
    private String text;

    /** The photo's id in {@code showcase_photo}; the bytes are read only when the photo is shown. */
    @Column(name = "photo_id")
    private UUID photoId;

    @Column(name = "photo_caption")
    private String photoCaption;

    protected ShowcaseStory() {
    }

    ShowcaseStory(ShowcaseConversation conversation, int position, String text, UUID photoId, String photoCaption) {
        super(conversation, position);
        this.text = text.trim();
        this.photoId = photoId;
        this.photoCaption = photoId == null ? null : ShowcaseConversation.trimmedOrNull(photoCaption);
    }

    public String getText() {
        return text;
    }

    public UUID getPhotoId() {
        return photoId;
    }

    public String getPhotoCaption() {
        return photoCaption;
    }

    public boolean hasPhoto() {
        return photoId != null;
    }

    public StoryNote toNote() {
        return new StoryNote(text, photoCaption, photoId, null);
    }
}
