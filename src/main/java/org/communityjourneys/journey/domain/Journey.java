package org.communityjourneys.journey.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.shared.domain.Theme;

/** One community-led decision, from launch to learning review, for one ward or several. */
@Entity
@Table(name = "journey")
public class Journey {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Theme theme;

    @Column(name = "budget_pence", nullable = false)
    private long budgetPence;

    @Column(name = "ideas_close_at", nullable = false)
    private Instant ideasCloseAt;

    @Column(name = "vote_opens_at", nullable = false)
    private Instant voteOpensAt;

    @Column(name = "vote_closes_at", nullable = false)
    private Instant voteClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JourneyStage stage;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "launched_by", nullable = false)
    private String launchedBy;

    @Column(name = "launched_at", nullable = false)
    private Instant launchedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_format", nullable = false)
    private BallotFormat ballotFormat = BallotFormat.APPROVAL;

    @Column(name = "ballot_min_picks", nullable = false)
    private int ballotMinPicks = 1;

    @Column(name = "ballot_max_picks", nullable = false)
    private int ballotMaxPicks = 3;

    @Column(name = "ballot_points", nullable = false)
    private int ballotPoints = 10;

    @Column(name = "ballot_points_cap", nullable = false)
    private int ballotPointsCap = 5;

    @Column(name = "tally_rule", nullable = false)
    private String tallyRule = "mes";

    @Column(name = "tally_utility", nullable = false)
    private String tallyUtility = "cost";

    @Column(name = "tally_completion", nullable = false)
    private String tallyCompletion = "add1";

    @Column(name = "tally_tie_break", nullable = false)
    private String tallyTieBreak = "lexicographic";

    /** AgeBand names, comma-separated; empty: every age may vote. */
    @Column(name = "voter_age_bands", nullable = false)
    private String voterAgeBands = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journey_ward", joinColumns = @JoinColumn(name = "journey_id"))
    @Column(name = "ward_code")
    private Set<String> wardCodes = new LinkedHashSet<>();

    @Version
    private long version;

    protected Journey() {
    }

    Journey(LaunchPlan plan, String launchedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.title = plan.title().trim();
        this.theme = plan.theme();
        this.budgetPence = plan.budgetPence();
        this.ideasCloseAt = plan.ideasCloseAt();
        this.voteOpensAt = plan.voteOpensAt();
        this.voteClosesAt = plan.voteClosesAt();
        this.wardCodes = new LinkedHashSet<>(plan.wardCodes());
        BallotSettings ballot = plan.ballot() == null ? BallotSettings.defaults() : plan.ballot();
        this.ballotFormat = ballot.format();
        this.ballotMinPicks = ballot.minPicks();
        this.ballotMaxPicks = ballot.maxPicks();
        this.ballotPoints = ballot.points();
        this.ballotPointsCap = ballot.pointsCap();
        this.tallyRule = ballot.rule();
        this.tallyUtility = ballot.utility();
        this.tallyCompletion = ballot.completion();
        this.tallyTieBreak = ballot.tieBreak();
        this.voterAgeBands = plan.voterAgeBands() == null ? "" : plan.voterAgeBands().stream()
                .sorted().map(AgeBand::name).collect(Collectors.joining(","));
        this.stage = JourneyStage.LAUNCHED;
        this.launchedBy = launchedBy;
        this.launchedAt = now;
    }

    public static Journey launch(LaunchPlan plan, String launchedBy, Instant now) {
        return new Journey(plan, launchedBy, now);
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Theme getTheme() {
        return theme;
    }

    public long getBudgetPence() {
        return budgetPence;
    }

    public Instant getIdeasCloseAt() {
        return ideasCloseAt;
    }

    public Instant getVoteOpensAt() {
        return voteOpensAt;
    }

    public Instant getVoteClosesAt() {
        return voteClosesAt;
    }

    public JourneyStage getStage() {
        return stage;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    /** The ballot residents fill in and how it is counted. */
    public BallotSettings getBallotSettings() {
        return new BallotSettings(ballotFormat, ballotMinPicks, ballotMaxPicks, ballotPoints, ballotPointsCap,
                tallyRule, tallyUtility, tallyCompletion, tallyTieBreak);
    }

    public Set<String> getWardCodes() {
        return Set.copyOf(wardCodes);
    }

    public boolean covers(String wardCode) {
        return wardCodes.contains(wardCode);
    }

    public void moveTo(JourneyStage stage) {
        this.stage = stage;
    }

    public void runsAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The age bands allowed to vote; empty when every age may vote. */
    public Set<AgeBand> getVoterAgeBands() {
        if (voterAgeBands == null || voterAgeBands.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(voterAgeBands.split(",")).map(AgeBand::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgeBand.class)));
    }

    /** The vote now closes later; the caller checks that it is open and that the time is later. */
    public void voteClosesLaterAt(Instant newCloseAt) {
        this.voteClosesAt = newCloseAt;
    }
}
