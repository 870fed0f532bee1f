package org.communityjourneys.shared.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the start-up work of several nodes on one database take turns: the engine's schema, the
 * seed deployment, the Camunda admin group and authorizations, the initial or demo accounts and the
 * demo data. The engine adapter takes a PostgreSQL session advisory lock before the engine builds;
 * it is released after the last start-up runner, so a second node started at the same moment
 * waits, then finds everything made and makes nothing twice. (Flyway takes its own lock.) A node
 * that dies while holding it drops its connection, and with it the lock.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class StartupLock implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** "CJStart". */
    static final long START = 0x434a5374617274L;

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits until no other node is starting, then holds the lock until start-up is done. */
    public synchronized void take() {
        if (held != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!tryLock(connection, START)) {
                log.info("Another node is starting on this database; waiting for it to finish its start-up work.");
                try (PreparedStatement wait = connection.prepareStatement("select pg_advisory_lock(?)")) {
                    wait.setLong(1, START);
                    wait.execute();
                }
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up lock: " + e.getMessage(), e);
        }
    }

    /** Start-up is done (the last runner): the next node may go. */
    @Override
    public void run(ApplicationArguments args) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, START);
                unlock.execute();
            }
        } catch (SQLException e) {
            log.warn("Could not release the start-up lock cleanly (closing its connection releases it): {}", e.getMessage());
        } finally {
            held = null;
        }
    }

    /**
     * Runs the work unless another node holds the lock with this key (it is doing the same work);
     * the lock is held while the work runs. Answers what the work answered, or false when another
     * node had it.
     */
    public boolean aloneOrNotAtAll(long key, BooleanSupplier work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!tryLock(connection, key)) {
                return false;
            }
            try {
                return work.getAsBoolean();
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock " + key + ": " + e.getMessage(), e);
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
