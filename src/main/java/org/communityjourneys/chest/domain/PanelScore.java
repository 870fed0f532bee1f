package org.communityjourneys.chest.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** One panel member's scoring of one grant application against the five funding principles. */
@Entity
@Table(name = "panel_score")
public class PanelScore {

    @Id
    private UUID id;

    @Column(name = "grant_id", nullable = false)
    private UUID grantId;

    @Column(nullable = false)
    private String member;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "panel_score_line", joinColumns = @JoinColumn(name = "panel_score_id"))
    private List<PrincipleScore> lines = new ArrayList<>();

    protected PanelScore() {
    }

    public PanelScore(UUID grantId, String member, List<PrincipleScore> lines, Instant scoredAt) {
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.member = member;
        this.lines = new ArrayList<>(lines);
        this.scoredAt = scoredAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public String getMember() {
        return member;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    /** The lines in the order of the principles. */
    public List<PrincipleScore> getLines() {
        return lines.stream().sorted(Comparator.comparing(PrincipleScore::getPrinciple)).toList();
    }

    public PrincipleScore lineFor(FundingPrinciple principle) {
        return lines.stream().filter(line -> line.getPrinciple() == principle).findFirst().orElse(null);
    }
}
