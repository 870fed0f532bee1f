package org.communityjourneys.chest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an application's budget: what the money buys and how much, in pence. */
@Embeddable
public class BudgetLine {

    @Column(nullable = false)
    private String description;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    protected BudgetLine() {
    }

    public BudgetLine(String description, long amountPence) {
        this.description = description;
        this.amountPence = amountPence;
    }

    public String getDescription() {
        return description;
    }

    public long getAmountPence() {
        return amountPence;
    }
}
