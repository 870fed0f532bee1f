package org.communityjourneys.notifications.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, UUID> {

    List<OutgoingMail> findByOrderByCreatedAtDesc(Pageable page);

    List<OutgoingMail> findByToAddressOrderByCreatedAtDesc(String toAddress);

    boolean existsByRecipientAndCause(String recipient, String cause);
}
