package org.communityjourneys.discussion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone tells the facilitators that a comment breaks the rules: one report per account per comment. */
@Entity
@Table(name = "comment_report")
public class CommentReport {

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected CommentReport() {
    }

    public CommentReport(UUID commentId, String reporter, String reason, Instant reportedAt) {
        this.key = new Key(commentId, reporter);
        this.reason = reason;
        this.reportedAt = reportedAt;
    }

    public Key getKey() {
        return key;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    /** The author of the report is changed when their account is deleted; the key then changes too. */
    @Embeddable
    public record Key(@Column(name = "comment_id") UUID commentId, @Column(name = "reporter") String reporter)
            implements java.io.Serializable {
    }
}
