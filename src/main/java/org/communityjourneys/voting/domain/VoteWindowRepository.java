package org.communityjourneys.voting.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface VoteWindowRepository extends JpaRepository<VoteWindow, UUID> {

    /**
     * The window with its row locked for update until the transaction ends: waits for the casts
     * in progress (they hold it shared) and keeps new ones waiting until the vote is closed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from VoteWindow w where w.journeyId = :journeyId")
    Optional<VoteWindow> lockForClosing(UUID journeyId);

    /** The database's own clock, in milliseconds since 1970: the clock every node's casts are judged by. */
    @Query(value = "select cast(floor(extract(epoch from clock_timestamp()) * 1000) as bigint)", nativeQuery = true)
    long databaseMillis();
}
