package org.communityjourneys.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code a facilitator gave a resident so they can verify their ward themselves. Only the
 * hash of the code is stored; one code per account, a new one replaces the old.
 */
@Entity
@Table(name = "verification_code")
public class VerificationCode {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected VerificationCode() {
    }

    public VerificationCode(UUID accountId) {
        this.accountId = accountId;
    }

    /** Gives the account a fresh code, replacing any earlier one. */
    public void reissue(String codeHash, String issuedBy, Instant issuedAt, Instant expiresAt) {
        this.codeHash = codeHash;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.usedAt = null;
    }

    public void usedAt(Instant at) {
        this.usedAt = at;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean hasExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
