package org.communityjourneys.chest.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.shared.domain.Theme;

/** A named pot in the community chest, given by one funder, to be distributed by a deadline. */
@Entity
@Table(name = "fund")
public class Fund {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String funder;

    @Column(name = "funder_kind", nullable = false)
    private String funderKind;

    @Column(name = "distribution_deadline", nullable = false)
    private LocalDate distributionDeadline;

    @Column(name = "max_grant_pence", nullable = false)
    private long maxGrantPence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Themes the fund may pay for; empty means any theme. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_theme", joinColumns = @JoinColumn(name = "fund_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = new HashSet<>();

    /** Wards the fund may pay for; empty means any ward. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_ward", joinColumns = @JoinColumn(name = "fund_id"))
    @Column(name = "ward_code")
    private Set<String> wardCodes = new HashSet<>();

    /** Grant bands the fund allows; empty (funds older than restrictions) means any band. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fund_band", joinColumns = @JoinColumn(name = "fund_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "band")
    private Set<GrantBand> bands = new HashSet<>();

    protected Fund() {
    }

    public Fund(String name, String funder, String funderKind, LocalDate distributionDeadline, long maxGrantPence, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.funder = funder;
        this.funderKind = funderKind;
        this.distributionDeadline = distributionDeadline;
        this.maxGrantPence = maxGrantPence;
        this.createdAt = createdAt;
    }

    public void restrictTo(Set<Theme> themes, Set<String> wardCodes, Set<GrantBand> bands) {
        this.themes = new HashSet<>(themes);
        this.wardCodes = new HashSet<>(wardCodes);
        this.bands = new HashSet<>(bands);
    }

    /** Whether the fund allows a grant of this amount: in an allowed band and not above its largest grant. */
    public boolean allowsGrantOf(long pence) {
        return pence > 0 && pence <= maxGrantPence && (bands.isEmpty() || bands.contains(GrantBand.of(pence)));
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<String> getWardCodes() {
        return Set.copyOf(wardCodes);
    }

    public Set<GrantBand> getBands() {
        return Set.copyOf(bands);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFunder() {
        return funder;
    }

    public String getFunderKind() {
        return funderKind;
    }

    public LocalDate getDistributionDeadline() {
        return distributionDeadline;
    }

    public long getMaxGrantPence() {
        return maxGrantPence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
