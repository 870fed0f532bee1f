package org.communityjourneys.chest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One immutable movement of money in a fund, in pence. Balances are sums of these. */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false)
    private UUID fundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LedgerEntryKind kind;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "journey_id")
    private UUID journeyId;

    @Column(name = "grant_id")
    private UUID grantId;

    private String reference;

    @Column(name = "idempotency_key", unique = true)
    private String idempotencyKey;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LedgerEntry() {
    }

    public LedgerEntry(UUID fundId, LedgerEntryKind kind, long amountPence, UUID journeyId, UUID grantId,
            String reference, String idempotencyKey, String recordedBy, Instant recordedAt) {
        if (amountPence <= 0) {
            throw new IllegalArgumentException("A ledger entry must move more than £0.");
        }
        this.fundId = fundId;
        this.kind = kind;
        this.amountPence = amountPence;
        this.journeyId = journeyId;
        this.grantId = grantId;
        this.reference = reference;
        this.idempotencyKey = idempotencyKey;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public UUID getFundId() {
        return fundId;
    }

    public LedgerEntryKind getKind() {
        return kind;
    }

    public long getAmountPence() {
        return amountPence;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public String getReference() {
        return reference;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
