package org.communityjourneys.showcase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One conversation held in a ward as part of a journey's showcase. */
@Entity
@Table(name = "showcase_conversation")
public class ShowcaseConversation {

    @Id
    private UUID id;

    @Column(name = "journey_id", nullable = false)
    private UUID journeyId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String venue;

    @Column(nullable = false)
    private int attendance;

    private String assets;
    private String offers;
    private String needs;
    private String stories;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ShowcaseConversation() {
    }

    public ShowcaseConversation(UUID journeyId, ConversationRecord record, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.journeyId = journeyId;
        this.heldOn = record.heldOn();
        this.venue = record.venue().trim();
        this.attendance = record.attendance();
        this.assets = record.assets();
        this.offers = record.offers();
        this.needs = record.needs();
        this.stories = record.stories();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getVenue() {
        return venue;
    }

    public int getAttendance() {
        return attendance;
    }

    public String getAssets() {
        return assets;
    }

    public String getOffers() {
        return offers;
    }

    public String getNeeds() {
        return needs;
    }

    public String getStories() {
        return stories;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
