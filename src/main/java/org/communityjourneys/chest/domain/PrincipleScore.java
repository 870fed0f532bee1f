package org.communityjourneys.chest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One panel member's score (1 to 5) and comment on one funding principle. */
@Embeddable
public class PrincipleScore {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundingPrinciple principle;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private String comment;

    protected PrincipleScore() {
    }

    public PrincipleScore(FundingPrinciple principle, int score, String comment) {
        this.principle = principle;
        this.score = score;
        this.comment = comment;
    }

    public FundingPrinciple getPrinciple() {
        return principle;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
