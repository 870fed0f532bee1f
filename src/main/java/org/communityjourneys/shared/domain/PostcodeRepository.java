package org.communityjourneys.shared.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostcodeRepository extends JpaRepository<Postcode, String> {
}
