package org.communityjourneys.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An unfinished learning report, saved as the applicant goes; the answers are kept as JSON. */
@Entity
@Table(name = "learning_report_draft")
public class LearningReportDraft {

    @Id
    @Column(name = "grant_id")
    private UUID grantId;

    @Column(nullable = false)
    private String content;

    private byte[] photo;

    @Column(name = "photo_type")
    private String photoType;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected LearningReportDraft() {
    }

    public LearningReportDraft(UUID grantId) {
        this.grantId = grantId;
    }

    /** Saves the answers; a photo of {@code null} keeps the one saved before. */
    public void save(String content, byte[] photo, String photoType, String by, Instant at) {
        this.content = content;
        if (photo != null) {
            this.photo = photo;
            this.photoType = photoType;
        }
        this.savedBy = by;
        this.savedAt = at;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public String getContent() {
        return content;
    }

    public byte[] getPhoto() {
        return photo;
    }

    public String getPhotoType() {
        return photoType;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
