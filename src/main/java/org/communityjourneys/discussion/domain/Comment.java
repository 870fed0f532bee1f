package org.communityjourneys.discussion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A comment on an idea or on a funded project (never both), or a reply to one (one level: a
 * reply's parent is a comment about the same thing, never a reply). Its author may change it for a short time and delete it; deleting clears the text and
 * keeps the row, so replies keep their place. A facilitator hides it with a reason its author sees.
 */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    private UUID id;

    @Column(name = "idea_id")
    private UUID ideaId;

    /** The funded project (its grant) the comment is about, when it is not about an idea. */
    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "journey_id", nullable = false)
    private UUID journeyId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Voice voice;

    @Column(nullable = false)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private long version;

    protected Comment() {
    }

    /** A comment about {@code about}: an idea's id, or with {@code onProject} a funded project's. */
    public Comment(UUID about, boolean onProject, UUID journeyId, UUID parentId, String author, Voice voice, String body,
            Instant postedAt) {
        this.id = UUID.randomUUID();
        this.ideaId = onProject ? null : about;
        this.projectId = onProject ? about : null;
        this.journeyId = journeyId;
        this.parentId = parentId;
        this.author = author;
        this.voice = voice;
        this.body = body;
        this.postedAt = postedAt;
    }

    public void edit(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    public void delete(Instant at) {
        this.body = "";
        this.deletedAt = at;
    }

    public void hide(String facilitator, String reason, Instant at) {
        this.hiddenBy = facilitator;
        this.hiddenReason = reason;
        this.hiddenAt = at;
    }

    /** The author's account is deleted: the comment stays, under "a former resident". */
    public void forgetAuthor(String formerResident) {
        this.author = formerResident;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean isReply() {
        return parentId != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getIdeaId() {
        return ideaId;
    }

    /** The funded project the comment is about; null when it is about an idea. */
    public UUID getProjectId() {
        return projectId;
    }

    public boolean isOnProject() {
        return projectId != null;
    }

    /** The idea's or the project's id. */
    public UUID getAboutId() {
        return projectId != null ? projectId : ideaId;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getAuthor() {
        return author;
    }

    public Voice getVoice() {
        return voice;
    }

    public String getBody() {
        return body;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }
}
