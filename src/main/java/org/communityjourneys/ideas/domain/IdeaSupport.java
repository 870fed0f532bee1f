package org.communityjourneys.ideas.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A resident's support for an idea: one per resident per idea (the primary key). */
@Entity
@Table(name = "idea_support")
public class IdeaSupport {

    @EmbeddedId
    private Key key;

    @Column(name = "supported_at", nullable = false)
    private Instant supportedAt;

    protected IdeaSupport() {
    }

    public IdeaSupport(UUID ideaId, String supporter, Instant supportedAt) {
        this.key = new Key(ideaId, supporter);
        this.supportedAt = supportedAt;
    }

    public Key getKey() {
        return key;
    }

    public Instant getSupportedAt() {
        return supportedAt;
    }

    @Embeddable
    public record Key(@Column(name = "idea_id") UUID ideaId, @Column(name = "supporter") String supporter)
            implements Serializable {
    }
}
