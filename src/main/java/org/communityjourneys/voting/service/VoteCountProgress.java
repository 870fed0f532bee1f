package org.communityjourneys.voting.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.voting.domain.VoteCount;
import org.communityjourneys.voting.domain.tally.CountProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the progress of a running count in {@code vote_count}, where the certification screen on
 * any node reads it. While the count runs, progress is written in transactions of its own (at most
 * every {@value #EVERY_MILLIS} ms) so others see it before the count commits; those writes are
 * advice: one that cannot get its row within {@value #LOCK_TIMEOUT} (say a recount in the same
 * transaction) is skipped and never stops the count. The finished row is written in the count's
 * own transaction, so it shows exactly when the result does.
 */
@Component
class VoteCountProgress {

    private static final Logger log = LoggerFactory.getLogger(VoteCountProgress.class);
    static final long EVERY_MILLIS = 500;
    private static final String LOCK_TIMEOUT = "2s";
    static final String UNDONE = "it was not saved, because the work it was part of was undone";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    VoteCountProgress(JdbcTemplate jdbc, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A count of the journey's vote starts: its progress from nothing. */
    Running started(UUID journeyId, long budgetPence) {
        Timestamp now = Timestamp.from(clock.instant());
        inOwnTransaction(journeyId, "insert into vote_count (journey_id, started_at, updated_at, budget_pence) "
                + "values (?, ?, ?, ?) on conflict (journey_id) do update set started_at = excluded.started_at, "
                + "updated_at = excluded.updated_at, rounds = 0, spent_pence = 0, budget_pence = excluded.budget_pence, "
                + "finished_at = null, failure = null", journeyId, now, now, budgetPence);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        undone(journeyId, now);
                    }
                }
            });
        }
        return new Running(journeyId);
    }

    /**
     * The transaction that counted was rolled back (the count's own, or a caller's that counted again
     * and then failed): its finished row went with it, so the row must not say "counting" for ever
     * (the screen would hide the decision). Keeps a failure already written.
     */
    private void undone(UUID journeyId, Timestamp started) {
        inOwnTransaction(journeyId, "update vote_count set failure = ?, updated_at = ? where journey_id = ? "
                + "and started_at = ? and finished_at is null and failure is null",
                UNDONE, Timestamp.from(clock.instant()), journeyId, started);
    }

    /** The count stopped on an error; the screen says so until the engine tries again. */
    void failed(UUID journeyId, RuntimeException why) {
        String message = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
        inOwnTransaction(journeyId, "update vote_count set failure = ?, updated_at = ? where journey_id = ?",
                message.length() > 500 ? message.substring(0, 500) : message, Timestamp.from(clock.instant()), journeyId);
    }

    /** The count finished; written in the caller's (the count's) transaction, as its last write. */
    void finished(Running count, long spentPence) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("update vote_count set rounds = ?, spent_pence = ?, updated_at = ?, finished_at = ?, failure = null "
                + "where journey_id = ?", count.rounds, spentPence, now, now, count.journeyId);
    }

    Optional<VoteCount> current(UUID journeyId) {
        List<VoteCount> found = jdbc.query("select * from vote_count where journey_id = ?", (row, i) -> new VoteCount(
                row.getObject("journey_id", UUID.class), instant(row.getTimestamp("started_at")),
                instant(row.getTimestamp("updated_at")), row.getLong("rounds"), row.getLong("spent_pence"),
                row.getLong("budget_pence"), instant(row.getTimestamp("finished_at")), row.getString("failure")),
                journeyId);
        return found.stream().findFirst();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private void inOwnTransaction(UUID journeyId, String sql, Object... arguments) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
                jdbc.update(sql, arguments);
            });
        } catch (DataAccessException | TransactionException skipped) {
            log.warn("The progress of the count of journey {} was not written: {}", journeyId, skipped.getMessage());
        }
    }

    /** A running count: writes its rounds at most every {@value #EVERY_MILLIS} ms. */
    final class Running implements CountProgress {

        private final UUID journeyId;
        private long lastWrite = System.nanoTime();
        private long rounds;

        private Running(UUID journeyId) {
            this.journeyId = journeyId;
        }

        @Override
        public void roundCounted(long rounds, long spent) {
            this.rounds = rounds;
            long now = System.nanoTime();
            if (now - lastWrite >= EVERY_MILLIS * 1_000_000) {
                lastWrite = now;
                inOwnTransaction(journeyId, "update vote_count set rounds = ?, spent_pence = ?, updated_at = ? "
                        + "where journey_id = ? and finished_at is null", rounds, spent, Timestamp.from(clock.instant()), journeyId);
            }
        }
    }
}
