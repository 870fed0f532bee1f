package org.communityjourneys.shared.service;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the events whose after-commit listeners never finished to their listeners again, on any
 * node, but only once they are stale: older than {@code resubmit-after} (5 minutes), far longer
 * than a listener runs, so a publication still in progress on another node is left alone. A
 * listener that finishes marks its publication complete in its own transaction, on the node that
 * ran it. Replaces Spring Modulith's "republish on restart", which re-ran every incomplete
 * publication, including those other nodes were still handling. One node at a time resubmits (a
 * PostgreSQL advisory lock); the listeners are idempotent, so a resubmitted publication whose first
 * run did finish after all changes nothing.
 */
@Component
class StaleEventPublications extends RepeatingWork {

    /** The advisory lock one node holds while it resubmits ("CJ events"). */
    static final long LOCK = 0x434a5f6576656e74L;

    private final IncompleteEventPublications incomplete;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration staleAfter;

    StaleEventPublications(IncompleteEventPublications incomplete, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${communityjourneys.events.resubmit-after:5m}") Duration staleAfter,
            @Value("${communityjourneys.events.resubmit-every:1m}") Duration every) {
        super("stale-event-publications", every);
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.staleAfter = staleAfter;
    }

    @Override
    protected void round() {
        resubmitStale();
    }

    /** Resubmits the stale publications unless another node is doing so now; true when this node did. */
    boolean resubmitStale() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                return false;
            }
            incomplete.resubmitIncompletePublicationsOlderThan(staleAfter);
            return true;
        }));
    }
}
