package org.communityjourneys.chest.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FundRepository extends JpaRepository<Fund, UUID> {

    /** Locks the fund row until the transaction ends: movements on one fund are serialised. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Fund f where f.id = :id")
    Optional<Fund> lockById(UUID id);

    Optional<Fund> findByName(String name);

    List<Fund> findAllByOrderByDistributionDeadlineDesc();
}
