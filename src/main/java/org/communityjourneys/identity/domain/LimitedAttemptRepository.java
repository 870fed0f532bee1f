package org.communityjourneys.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LimitedAttemptRepository extends JpaRepository<LimitedAttempt, UUID> {

    /** When the subject tried since the given moment, oldest first. */
    @Query("""
            select a.attemptedAt from LimitedAttempt a
            where a.action = :action and a.subjectHash = :subjectHash and a.attemptedAt > :since
            order by a.attemptedAt""")
    List<Instant> attemptsSince(LimitedAction action, String subjectHash, Instant since);

    /** The recent attempts of several subjects at once, oldest first. */
    @Query("select a from LimitedAttempt a where a.action = :action and a.subjectHash in :subjectHashes"
            + " and a.attemptedAt > :since order by a.attemptedAt")
    List<LimitedAttempt> attemptsSince(LimitedAction action, Collection<String> subjectHashes, Instant since);

    @Modifying
    @Query("delete from LimitedAttempt a where a.action = :action and a.subjectHash = :subjectHash")
    int forget(LimitedAction action, String subjectHash);

    @Modifying
    @Query("delete from LimitedAttempt a where a.action = :action and a.attemptedAt <= :before")
    int deleteOlder(LimitedAction action, Instant before);
}
