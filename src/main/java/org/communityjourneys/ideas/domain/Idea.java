package org.communityjourneys.ideas.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;

/** An idea a resident put forward for a journey. */
@Entity
@Table(name = "idea")
public class Idea {

    @Id
    private UUID id;

    @Column(name = "journey_id", nullable = false)
    private UUID journeyId;

    @Column(name = "ward_code", nullable = false)
    private String wardCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "estimated_cost_pence", nullable = false)
    private long estimatedCostPence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Theme theme;

    @Column(name = "led_by")
    private String ledBy;

    private String contact;

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdeaStatus status;

    @Column(name = "eligibility_reason")
    private String eligibilityReason;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idea_population", joinColumns = @JoinColumn(name = "idea_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "population")
    private Set<Population> populations = EnumSet.noneOf(Population.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idea_check", joinColumns = @JoinColumn(name = "idea_id"))
    @OrderColumn(name = "position")
    private List<EligibilityCheck> checks = new ArrayList<>();

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "moderated_by")
    private String moderatedBy;

    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_for")
    private String enteredFor;

    @Column(name = "place_latitude", precision = 9, scale = 6)
    private java.math.BigDecimal placeLatitude;

    @Column(name = "place_longitude", precision = 9, scale = 6)
    private java.math.BigDecimal placeLongitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_given_by")
    private PlaceGivenBy placeGivenBy;

    @Version
    private long version;

    protected Idea() {
    }

    public Idea(UUID journeyId, IdeaDraft draft, String author, Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.journeyId = journeyId;
        this.wardCode = draft.wardCode();
        this.title = draft.title().trim();
        this.description = draft.description().trim();
        this.estimatedCostPence = draft.estimatedCostPence();
        this.theme = draft.theme();
        this.ledBy = draft.ledBy();
        this.contact = draft.contact();
        this.author = author;
        this.status = IdeaStatus.SUBMITTED;
        this.submittedAt = submittedAt;
        this.populations = draft.populations().isEmpty() ? EnumSet.noneOf(Population.class)
                : EnumSet.copyOf(draft.populations());
    }

    /** An idea a facilitator entered for someone: {@code enteredFor} is the name given for them. */
    public static Idea enteredOnBehalf(UUID journeyId, IdeaDraft draft, String author, String facilitator,
            String enteredFor, Instant at) {
        Idea idea = new Idea(journeyId, draft, author, at);
        idea.enteredBy = facilitator;
        idea.enteredFor = enteredFor == null ? null : enteredFor.trim();
        return idea;
    }

    public IdeaDraft asDraft() {
        return new IdeaDraft(title, description, estimatedCostPence, theme, wardCode, ledBy, contact, populations);
    }

    /** The author's changes; the ward stays as it was put forward. */
    public void edit(IdeaDraft draft, Instant at) {
        this.title = draft.title().trim();
        this.description = draft.description().trim();
        this.estimatedCostPence = draft.estimatedCostPence();
        this.theme = draft.theme();
        this.ledBy = draft.ledBy();
        this.contact = draft.contact();
        this.populations.clear();
        this.populations.addAll(draft.populations());
        this.updatedAt = at;
    }

    /** The eligibility table's answer, one check at a time: eligible when every check passed. */
    public void screened(List<EligibilityCheck> results) {
        this.checks.clear();
        this.checks.addAll(results);
        boolean eligible = !results.isEmpty() && results.stream().allMatch(EligibilityCheck::passed);
        this.status = eligible ? IdeaStatus.ELIGIBLE : IdeaStatus.INELIGIBLE;
        this.eligibilityReason = eligible ? "Meets the eligibility rules."
                : String.join(" ", results.stream().filter(check -> !check.passed()).map(EligibilityCheck::reason).toList());
    }

    public void screened(boolean eligible, String reason) {
        this.status = eligible ? IdeaStatus.ELIGIBLE : IdeaStatus.INELIGIBLE;
        this.eligibilityReason = reason;
    }

    public void shortlist() {
        this.status = IdeaStatus.SHORTLISTED;
    }

    public void shortlist(String reason) {
        this.status = IdeaStatus.SHORTLISTED;
        this.decisionReason = reason;
    }

    public void exclude(String reason) {
        this.status = IdeaStatus.EXCLUDED;
        this.decisionReason = reason;
    }

    /** Places the idea on the map (its author said where it is about), or takes it off with {@code null}. */
    public void place(MapPoint point, PlaceGivenBy givenBy, Instant at) {
        placeLatitude = point == null ? null : point.latitude();
        placeLongitude = point == null ? null : point.longitude();
        placeGivenBy = point == null ? null : java.util.Objects.requireNonNull(givenBy);
        updatedAt = at;
    }

    /** Where the idea is about, when its author said so. */
    public java.util.Optional<MapPoint> getPlace() {
        return placeLatitude == null ? java.util.Optional.empty() : java.util.Optional.of(new MapPoint(placeLatitude, placeLongitude));
    }

    public PlaceGivenBy getPlaceGivenBy() {
        return placeGivenBy;
    }

    public void withdraw() {
        this.status = IdeaStatus.WITHDRAWN;
    }

    public void hide(String facilitator, String reason) {
        this.status = IdeaStatus.HIDDEN;
        this.moderatedBy = facilitator;
        this.hiddenReason = reason.trim();
    }

    public void mergeInto(UUID other, String facilitator, String reason) {
        this.status = IdeaStatus.MERGED;
        this.mergedInto = other;
        this.moderatedBy = facilitator;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    /** Still one of the journey's ideas: not withdrawn, hidden or merged into another. */
    public boolean isInPlay() {
        return status != IdeaStatus.WITHDRAWN && status != IdeaStatus.HIDDEN && status != IdeaStatus.MERGED;
    }

    /** Waiting for the shortlist: put forward or screened, not yet decided. */
    public boolean awaitsShortlist() {
        return status == IdeaStatus.SUBMITTED || status == IdeaStatus.ELIGIBLE || status == IdeaStatus.INELIGIBLE;
    }

    /** What the eligibility rules suggest: true to include. */
    public boolean suggestedForShortlist() {
        return status == IdeaStatus.ELIGIBLE;
    }

    public boolean isEnteredOnBehalf() {
        return enteredBy != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public String getWardCode() {
        return wardCode;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getEstimatedCostPence() {
        return estimatedCostPence;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getLedBy() {
        return ledBy;
    }

    public String getContact() {
        return contact;
    }

    public String getAuthor() {
        return author;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Population> getPopulations() {
        return populations.isEmpty() ? Set.of() : EnumSet.copyOf(populations);
    }

    public List<EligibilityCheck> getChecks() {
        return List.copyOf(checks);
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public UUID getMergedInto() {
        return mergedInto;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public String getEnteredFor() {
        return enteredFor;
    }
}
