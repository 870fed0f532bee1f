package org.communityjourneys.chest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** When a grant (a journey's or one drawn straight from a fund) was awarded: its approval was recorded. */
@Entity
@Table(name = "grant_award")
public class GrantAward {

    @Id
    @Column(name = "grant_id")
    private UUID grantId;

    @Column(name = "awarded_at", nullable = false)
    private Instant awardedAt;

    protected GrantAward() {
    }

    public GrantAward(UUID grantId, Instant awardedAt) {
        this.grantId = grantId;
        this.awardedAt = awardedAt;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }
}
