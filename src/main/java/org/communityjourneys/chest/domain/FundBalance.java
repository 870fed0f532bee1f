package org.communityjourneys.chest.domain;

import java.util.UUID;

/** A fund's position, derived from its ledger entries, in pence. */
public record FundBalance(UUID fundId, String fundName, long contributed, long reserved, long paid, long available) {

    public static FundBalance of(Fund fund, long contributions, long reservations, long releases, long payments, long refunds) {
        long reserved = reservations - releases - payments;
        long paid = payments - refunds;
        long available = contributions - reservations + releases + refunds;
        return new FundBalance(fund.getId(), fund.getName(), contributions, reserved, paid, available);
    }
}
