package org.communityjourneys.review.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;

/** What a funded project tells about itself, and the facilitator's review. One per grant. */
@Entity
@Table(name = "learning_report")
public class LearningReport {

    @Id
    private UUID id;

    @Column(name = "grant_id", nullable = false, unique = true)
    private UUID grantId;

    @Column(name = "journey_id")
    private UUID journeyId;

    @Column(name = "what_happened", nullable = false)
    private String whatHappened;

    @Column(name = "people_reached", nullable = false)
    private int peopleReached;

    @Column(nullable = false)
    private int volunteers;

    @Column(nullable = false)
    private int activities;

    @Column(name = "activities_for_children", nullable = false)
    private int activitiesForChildren;

    @Column(name = "partner_organisations", nullable = false)
    private int partnerOrganisations;

    @Column(name = "kinds_of_support")
    private String kindsOfSupport;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_report_reach", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "population")
    @Column(name = "people")
    private Map<Population, Integer> reach = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_report_spend", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<SpendLine> spending = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_report_theme", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = new HashSet<>();

    @Column(name = "overspend_explanation")
    private String overspendExplanation;

    private String story;

    private byte[] photo;

    @Column(name = "photo_type")
    private String photoType;

    @Column(name = "know_neighbours_before", nullable = false)
    private int knowNeighboursBefore;
    @Column(name = "know_neighbours_after", nullable = false)
    private int knowNeighboursAfter;
    @Column(name = "someone_to_ask_before", nullable = false)
    private int someoneToAskBefore;
    @Column(name = "someone_to_ask_after", nullable = false)
    private int someoneToAskAfter;
    @Column(name = "feel_part_before", nullable = false)
    private int feelPartBefore;
    @Column(name = "feel_part_after", nullable = false)
    private int feelPartAfter;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "recorded_on_behalf", nullable = false)
    private boolean recordedOnBehalf;

    @Column(name = "conversation_note")
    private String conversationNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportOutcome outcome;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    private String tags;

    @Column(name = "story_shareable", nullable = false)
    private boolean storyShareable;

    @Column(name = "clarification_asked", nullable = false)
    private boolean clarificationAsked;

    protected LearningReport() {
    }

    public LearningReport(UUID grantId, UUID journeyId) {
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.journeyId = journeyId;
    }

    /**
     * Files (or files again, after a clarification) the report. A photo of {@code null} keeps the
     * photo already there; {@code conversationNote} is set when a facilitator records it for the group.
     */
    public void submit(LearningReportAnswers answers, byte[] photoBytes, String photoContentType, String by,
            String conversationNote, Instant at) {
        this.whatHappened = answers.whatHappened().trim();
        this.peopleReached = answers.peopleReached();
        this.volunteers = answers.volunteers();
        this.activities = answers.activities();
        this.activitiesForChildren = answers.activitiesForChildren();
        this.partnerOrganisations = answers.partnerOrganisations();
        this.kindsOfSupport = answers.kindsOfSupport().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reach.clear();
        answers.reach().forEach((population, people) -> {
            if (people != null && people > 0) {
                this.reach.put(population, people);
            }
        });
        this.spending.clear();
        this.spending.addAll(answers.spending().stream().map(line -> new SpendLine(line.line().trim(), line.spentPence())).toList());
        this.overspendExplanation = blankToNull(answers.overspendExplanation());
        this.story = blankToNull(answers.story());
        if (photoBytes != null) {
            this.photo = photoBytes;
            this.photoType = photoContentType;
        }
        ConnectionCounts connection = answers.connection();
        this.knowNeighboursBefore = connection.knowNeighboursBefore();
        this.knowNeighboursAfter = connection.knowNeighboursAfter();
        this.someoneToAskBefore = connection.someoneToAskBefore();
        this.someoneToAskAfter = connection.someoneToAskAfter();
        this.feelPartBefore = connection.feelPartBefore();
        this.feelPartAfter = connection.feelPartAfter();
        this.submittedBy = by;
        this.submittedAt = at;
        this.recordedOnBehalf = conversationNote != null;
        this.conversationNote = conversationNote;
        this.outcome = ReportOutcome.SUBMITTED;
    }

    public void accept(Set<Theme> themes, String tags, boolean storyShareable, String note, String by, Instant at) {
        this.outcome = ReportOutcome.ACCEPTED;
        review(themes, tags, storyShareable, note, by, at);
    }

    public void askForClarification(Set<Theme> themes, String tags, boolean storyShareable, String question, String by,
            Instant at) {
        this.outcome = ReportOutcome.CLARIFICATION_ASKED;
        this.clarificationAsked = true;
        review(themes, tags, storyShareable, question, by, at);
    }

    private void review(Set<Theme> themes, String tags, boolean storyShareable, String note, String by, Instant at) {
        this.themes.clear();
        this.themes.addAll(themes);
        this.tags = blankToNull(tags);
        this.storyShareable = storyShareable;
        this.reviewNote = blankToNull(note);
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /** The answers as filed, to fill the screen again (after a clarification). */
    public LearningReportAnswers answers() {
        return new LearningReportAnswers(whatHappened, peopleReached, Map.copyOf(reach), volunteers, activities, activitiesForChildren,
                partnerOrganisations, kindsOfSupport(), List.copyOf(spending), overspendExplanation, story, connection());
    }

    public ConnectionCounts connection() {
        return new ConnectionCounts(knowNeighboursBefore, knowNeighboursAfter, someoneToAskBefore, someoneToAskAfter,
                feelPartBefore, feelPartAfter);
    }

    public Set<KindOfSupport> kindsOfSupport() {
        if (kindsOfSupport == null || kindsOfSupport.isBlank()) {
            return EnumSet.noneOf(KindOfSupport.class);
        }
        return Arrays.stream(kindsOfSupport.split(",")).map(KindOfSupport::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(KindOfSupport.class)));
    }

    public long spentPence() {
        return spending.stream().mapToLong(SpendLine::spentPence).sum();
    }

    public boolean hasPhoto() {
        return photo != null && photo.length > 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public UUID getId() {
        return id;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public int getPeopleReached() {
        return peopleReached;
    }

    public int getVolunteers() {
        return volunteers;
    }

    public int getActivities() {
        return activities;
    }

    public int getActivitiesForChildren() {
        return activitiesForChildren;
    }

    public int getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public Map<Population, Integer> getReach() {
        return Map.copyOf(reach);
    }

    public List<SpendLine> getSpending() {
        return List.copyOf(spending);
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public String getOverspendExplanation() {
        return overspendExplanation;
    }

    public String getStory() {
        return story;
    }

    public byte[] getPhoto() {
        return photo;
    }

    public String getPhotoType() {
        return photoType;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isRecordedOnBehalf() {
        return recordedOnBehalf;
    }

    public String getConversationNote() {
        return conversationNote;
    }

    public ReportOutcome getOutcome() {
        return outcome;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getTags() {
        return tags;
    }

    public boolean isStoryShareable() {
        return storyShareable;
    }

    public boolean isClarificationAsked() {
        return clarificationAsked;
    }
}
