package org.communityjourneys.chest.service;

import org.communityjourneys.shared.domain.Money;

/** A reservation or grant that would overspend a fund; nothing was recorded. */
public class NotEnoughInFund extends IllegalStateException {

    public NotEnoughInFund(String fundName, long availablePence) {
        super("Not enough left in " + fundName + ": " + Money.format(availablePence) + " available.");
    }
}
