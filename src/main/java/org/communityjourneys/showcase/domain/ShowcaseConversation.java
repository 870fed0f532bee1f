package org.communityjourneys.showcase.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<CommunityAsset> assets = new ArrayList<>();

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<ShowcaseOffer> offers = new ArrayList<>();

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<ShowcaseNeed> needs = new ArrayList<>();

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("position")
    private List<ShowcaseStory> stories = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ShowcaseConversation() {
    }

    /**
     * A new conversation. {@code newPhotoIds} gives, for each story with a newly uploaded photo
     * (by its index in the record), the id under which that photo was stored.
     */
    public ShowcaseConversation(UUID journeyId, ConversationRecord record, Map<Integer, UUID> newPhotoIds,
            String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.journeyId = journeyId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        fill(record, newPhotoIds);
    }

    /** Replaces everything recorded with the edited record. */
    public void edit(ConversationRecord record, Map<Integer, UUID> newPhotoIds, String editedBy, Instant editedAt) {
        fill(record, newPhotoIds);
        this.updatedBy = editedBy;
        this.updatedAt = editedAt;
    }

    private void fill(ConversationRecord record, Map<Integer, UUID> newPhotoIds) {
        this.heldOn = record.heldOn();
        this.venue = record.venue().trim();
        this.attendance = record.attendance();
        assets.clear();
        offers.clear();
        needs.clear();
        stories.clear();
        for (int i = 0; i < record.assets().size(); i++) {
            assets.add(new CommunityAsset(this, i, record.assets().get(i)));
        }
        for (int i = 0; i < record.offers().size(); i++) {
            offers.add(new ShowcaseOffer(this, i, record.offers().get(i)));
        }
        for (int i = 0; i < record.needs().size(); i++) {
            needs.add(new ShowcaseNeed(this, i, record.needs().get(i)));
        }
        for (int i = 0; i < record.stories().size(); i++) {
            StoryNote story = record.stories().get(i);
            UUID photoId = story.newPhoto() != null ? newPhotoIds.get(i) : story.keptPhotoId();
            stories.add(new ShowcaseStory(this, i, story.text(), photoId, story.photoCaption()));
        }
    }

    /** The photos the stories show now. */
    public List<UUID> photoIds() {
        return stories.stream().map(ShowcaseStory::getPhotoId).filter(id -> id != null).toList();
    }

    /** What was recorded, as a record the screen can edit. */
    public ConversationRecord toRecord() {
        return new ConversationRecord(heldOn, venue, attendance,
                assets.stream().map(CommunityAsset::toNote).toList(),
                offers.stream().map(ShowcaseOffer::getText).toList(),
                needs.stream().map(ShowcaseNeed::toNote).toList(),
                stories.stream().map(ShowcaseStory::toNote).toList());
    }

    static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
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

    public List<CommunityAsset> getAssets() {
        return List.copyOf(assets);
    }

    public List<ShowcaseOffer> getOffers() {
        return List.copyOf(offers);
    }

    public List<ShowcaseNeed> getNeeds() {
        return List.copyOf(needs);
    }

    public List<ShowcaseStory> getStories() {
        return List.copyOf(stories);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
