package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.FundBalance;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantClaims;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.chest.service.NotEnoughInFund;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chest never overspends: many approvals at once, each in its own transaction on its own
 * thread against the real PostgreSQL, together ask for more than the fund holds.
 */
@SpringBootTest
@ActiveProfiles("test")
class ChestConcurrencyTest {

    static final int APPROVALS = 120;
    static final long GRANT = 150_00;
    static final long FUND = 10_000_00;

    @Autowired
    ChestService chest;
    @Autowired
    GrantClaims claims;
    @Autowired
    GrantLifecycle lifecycle;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentApprovalsNeverCommitMoreThanTheFundAndEveryLoserIsToldWhatIsLeft() throws Exception {
        Fund fund = chest.createFund("Race fund " + UUID.randomUUID(), "Test funder", "PHILANTHROPY",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), FUND, "Test money", "governance");
        List<UUID> grants = new ArrayList<>();
        for (int i = 0; i < APPROVALS; i++) {
            grants.add(claims.apply(GrantProgramme.FAST_TRACK, fund.getId(), "Group " + i, "group" + i + "@example.org",
                    "Equipment", GRANT, "applicant"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(APPROVALS);
        CountDownLatch ready = new CountDownLatch(APPROVALS);
        CountDownLatch go = new CountDownLatch(1);
        Map<UUID, String> refusals = new ConcurrentHashMap<>();
        List<Future<?>> results = new ArrayList<>();
        for (UUID grant : grants) {
            results.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    SignedIn.asFacilitator(() -> {
                        lifecycle.recordDecision(grant, "FACILITATOR_CHECK", true, null);
                        return null;
                    });
                } catch (NotEnoughInFund refused) {
                    refusals.put(grant, refused.getMessage());
                }
                return null;
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        for (Future<?> result : results) {
            result.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long winners = FUND / GRANT;
        long left = FUND - winners * GRANT;
        assertThat(APPROVALS * GRANT).as("the approvals together ask for more than the fund").isGreaterThan(FUND);
        assertThat(refusals).hasSize((int) (APPROVALS - winners));
        assertThat(refusals.values()).allSatisfy(message ->
                assertThat(message).isEqualTo("Not enough left in " + fund.getName() + ": £100 available."));
        assertThat(grants.stream().filter(id -> chest.grant(id).getStatus() == GrantStatus.APPROVED).count())
                .isEqualTo(winners);
        assertThat(grants.stream().filter(id -> chest.grant(id).getStatus() == GrantStatus.APPLIED))
                .containsExactlyInAnyOrderElementsOf(refusals.keySet());

        FundBalance balance = chest.balance(fund.getId());
        assertThat(balance.contributed()).isEqualTo(FUND);
        assertThat(balance.reserved()).isEqualTo(winners * GRANT).isLessThanOrEqualTo(FUND);
        assertThat(balance.available()).isEqualTo(left);
        Long reservedInLedger = jdbc.queryForObject(
                "select coalesce(sum(amount_pence), 0) from ledger_entry where fund_id = ? and kind = 'RESERVATION'",
                Long.class, fund.getId());
        Long grantsWithEntries = jdbc.queryForObject(
                "select count(distinct grant_id) from ledger_entry where fund_id = ? and kind = 'RESERVATION'",
                Long.class, fund.getId());
        assertThat(reservedInLedger).isEqualTo(winners * GRANT);
        assertThat(grantsWithEntries).isEqualTo(winners);
    }

    @Test
    void theDatabaseItselfRefusesAnEntryThatWouldOverspendAndAnyChangeToTheLedger() {
        Fund fund = chest.createFund("Guarded fund " + UUID.randomUUID(), "Test funder", "BUSINESS",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 500_00, "Test money", "governance");

        assertThatThrownBy(() -> jdbc.update("insert into ledger_entry (fund_id, kind, amount_pence, recorded_by, recorded_at)"
                + " values (?, 'RESERVATION', 50001, 'sneaky', now())", fund.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("would be overspent");
        assertThatThrownBy(() -> jdbc.update("insert into ledger_entry (fund_id, kind, amount_pence, recorded_by, recorded_at)"
                + " values (?, 'PAYMENT', 1, 'sneaky', now())", fund.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("more than it reserved");
        assertThatThrownBy(() -> jdbc.update("update ledger_entry set amount_pence = 1 where fund_id = ?", fund.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from ledger_entry where fund_id = ?", fund.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("immutable");
        assertThat(chest.balance(fund.getId()).available()).isEqualTo(500_00);
    }
}
