package org.communityjourneys.showcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The bytes of a story's photo, kept in PostgreSQL (bytea) so that every app node, every backup
 * and every rolled-back save sees the same thing as the rest of the journey.
 */
@Entity
@Table(name = "showcase_photo")
public class StoryPhoto {

    @Id
    private UUID id;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    /** Where anyone can see a stored photo (served by the showcase module's photo endpoint). */
    public static final String PUBLIC_PATH = "/api/showcase/photos/";

    public static String publicPath(UUID photoId) {
        return PUBLIC_PATH + photoId;
    }

    protected StoryPhoto() {
    }

    public StoryPhoto(String contentType, byte[] bytes, Instant storedAt) {
        this.id = UUID.randomUUID();
        this.contentType = contentType;
        this.bytes = bytes.clone();
        this.sizeBytes = bytes.length;
        this.storedAt = storedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
