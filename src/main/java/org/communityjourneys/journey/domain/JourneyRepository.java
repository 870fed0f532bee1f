package org.communityjourneys.journey.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JourneyRepository extends JpaRepository<Journey, UUID> {

    List<Journey> findAllByOrderByLaunchedAtDesc();

    @Query("select j from Journey j join j.wardCodes w where w = :wardCode order by j.launchedAt desc")
    List<Journey> findByWard(String wardCode);
}
