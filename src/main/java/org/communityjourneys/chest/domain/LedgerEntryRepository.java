package org.communityjourneys.chest.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    @Query("select coalesce(sum(e.amountPence), 0) from LedgerEntry e where e.fundId = :fundId and e.kind = :kind")
    long sumForFund(UUID fundId, LedgerEntryKind kind);

    @Query("select coalesce(sum(e.amountPence), 0) from LedgerEntry e where e.journeyId = :journeyId and e.kind = :kind")
    long sumForJourney(UUID journeyId, LedgerEntryKind kind);

    @Query("select coalesce(sum(e.amountPence), 0) from LedgerEntry e where e.grantId = :grantId and e.kind = :kind")
    long sumForGrant(UUID grantId, LedgerEntryKind kind);

    List<LedgerEntry> findAllByOrderByIdDesc(Pageable page);

    List<LedgerEntry> findAllByOrderByIdAsc();

    boolean existsByIdempotencyKey(String idempotencyKey);

    List<LedgerEntry> findByJourneyIdOrderByIdAsc(UUID journeyId);

    List<LedgerEntry> findByFundIdOrderByIdAsc(UUID fundId);

    java.util.Optional<LedgerEntry> findFirstByJourneyIdAndKindOrderByIdAsc(UUID journeyId, LedgerEntryKind kind);

    java.util.Optional<LedgerEntry> findFirstByGrantIdAndKindOrderByIdAsc(UUID grantId, LedgerEntryKind kind);

    List<LedgerEntry> findByGrantIdAndKindOrderByIdAsc(UUID grantId, LedgerEntryKind kind);
}
