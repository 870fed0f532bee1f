package org.communityjourneys.voting.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VoteResultRepository extends JpaRepository<VoteResult, VoteResult.Key> {

    @Query("select r from VoteResult r where r.key.journeyId = :journeyId order by r.position")
    List<VoteResult> forJourney(UUID journeyId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from VoteResult r where r.key.journeyId = :journeyId")
    void deleteForJourney(UUID journeyId);
}
