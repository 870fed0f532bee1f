package org.communityjourneys.shared.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostcodeRepository extends JpaRepository<Postcode, String> {

    /** Whether any known postcode lies in this postcode area (the leading letters, "HR" of "HR6 8AA"). */
    @Query(value = "select exists (select 1 from postcode where substring(postcode from '^[A-Z]+') = ?1)", nativeQuery = true)
    boolean anyInArea(String area);
}
