package org.communityjourneys.wards.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.domain.Wording;

/**
 * The public view of wards and journeys: plain records, safe to publish. They never carry
 * usernames, email addresses, contacts or the names of the people who lead ideas.
 */
public final class OpenData {

    private OpenData() {
    }

    public record WardSummary(String code, String name, int journeys) {
    }

    public record JourneySummary(UUID id, String title, String theme, String stage, long budgetPence,
            List<String> wardCodes, Instant ideasCloseAt, Instant voteOpensAt, Instant voteClosesAt) {
    }

    /**
     * What a journey's showcase conversations found, added up: assets by kind, offers, needs grouped
     * by theme and by population (a need tagged with several appears under each), and stories.
     * No facilitator or resident names.
     */
    public record ShowcaseSummary(long conversations, int attendance, List<AssetGroup> assetsByKind,
            List<String> offers, List<NeedGroup> needsByTheme, List<NeedGroup> needsByPopulation,
            List<String> untaggedNeeds, List<StorySummary> stories) {
    }

    /** The community assets of one kind (places, groups, skills or services). */
    public record AssetGroup(String kind, List<AssetItem> assets) {
    }

    public record AssetItem(String name, String note) {
    }

    /** The needs tagged with one theme or one population. */
    public record NeedGroup(String tag, List<String> needs) {
    }

    /** A story; {@code photoUrl} and {@code photoCaption} are null when it has no photo. */
    public record StorySummary(String text, String photoUrl, String photoCaption) {
    }

    /** {@code place} is where the idea is about, when its author placed it on the map (else null). */
    public record IdeaSummary(UUID id, String title, String description, long estimatedCostPence, String theme,
            String wardCode, String status, String reason, MapPoint place) {
    }

    /**
     * An idea or funded project of a ward for its map: {@code href} is its page (relative to the
     * site), {@code place} null when it has none, {@code givenBy} how the place was given: "postcode",
     * "map" (by the idea's author) or "idea" (a project, where its idea was placed).
     */
    public record WardPlace(String title, boolean project, String href, MapPoint place, String givenBy) {
    }

    public record ResultLine(UUID ideaId, String title, int votes, long costPence, boolean selected, int position) {
    }

    /** A project with money paid: {@code payment} says how much of {@code amountPence}, e.g. "part paid £800 of £4,000". */
    public record FundedProject(UUID ideaId, String title, long amountPence, long paidPence, String payment,
            @JsonIgnore Wording paymentWording) {
    }

    public record JourneyDetail(JourneySummary journey, ShowcaseSummary showcase, List<IdeaSummary> ideas,
            List<IdeaSummary> shortlist, List<ResultLine> results, List<FundedProject> fundedProjects) {
    }
}
