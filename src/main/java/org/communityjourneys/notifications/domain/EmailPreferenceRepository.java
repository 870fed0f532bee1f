package org.communityjourneys.notifications.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailPreferenceRepository extends JpaRepository<EmailPreference, String> {
}
