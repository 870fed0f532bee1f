package org.communityjourneys.shared.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
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
class StaleEventPublications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StaleEventPublications.class);
    /** The advisory lock one node holds while it resubmits ("CJ events"). */
    static final long LOCK = 0x434a5f6576656e74L;

    private final IncompleteEventPublications incomplete;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration staleAfter;
    private final Duration every;
    private ScheduledExecutorService worker;

    StaleEventPublications(IncompleteEventPublications incomplete, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${communityjourneys.events.resubmit-after:5m}") Duration staleAfter,
            @Value("${communityjourneys.events.resubmit-every:1m}") Duration every) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.staleAfter = staleAfter;
        this.every = every;
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

    @Override
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stale-event-publications");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(() -> {
            try {
                resubmitStale();
            } catch (RuntimeException e) {
                log.warn("Stale event publications could not be resubmitted this round (tried again later): {}", e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
