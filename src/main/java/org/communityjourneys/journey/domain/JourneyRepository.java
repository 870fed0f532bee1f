package org.communityjourneys.journey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JourneyRepository extends JpaRepository<Journey, UUID> {

    List<Journey> findAllByOrderByLaunchedAtDesc();

    @Query("select j from Journey j join j.wardCodes w where w = :wardCode order by j.launchedAt desc")
    List<Journey> findByWard(String wardCode);

    /** When the journey's vote closes, without loading the journey (read for every ballot). */
    @Query("select j.voteClosesAt from Journey j where j.id = :id")
    Optional<Instant> findVoteClosesAt(UUID id);
}
