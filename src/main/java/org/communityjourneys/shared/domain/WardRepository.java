package org.communityjourneys.shared.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WardRepository extends JpaRepository<Ward, String> {

    List<Ward> findAllByOrderByNameAsc();
}
