package org.communityjourneys.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether a person wants their notifications by email as well, and where to. Off unless they opt
 * in. The address is optional when the username is itself an email address.
 */
@Entity
@Table(name = "email_preference")
public class EmailPreference {

    @Id
    private String username;

    @Column(name = "email_opt_in", nullable = false)
    private boolean emailOptIn;

    @Column(name = "email_address")
    private String emailAddress;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected EmailPreference() {
    }

    public EmailPreference(String username) {
        this.username = username;
        this.updatedAt = Instant.now();
    }

    public String getUsername() {
        return username;
    }

    public boolean isEmailOptIn() {
        return emailOptIn;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void choose(boolean optIn, String address, Instant at) {
        this.emailOptIn = optIn;
        this.emailAddress = address;
        this.updatedAt = at;
    }
}
