package org.communityjourneys.wards.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    public record ShowcaseSummary(long conversations, int attendance, List<String> assets, List<String> offers,
            List<String> needs) {
    }

    public record IdeaSummary(UUID id, String title, String description, long estimatedCostPence, String theme,
            String wardCode, String status, String reason) {
    }

    public record ResultLine(UUID ideaId, String title, int votes, long costPence, boolean selected, int position) {
    }

    public record FundedProject(UUID ideaId, String title, long amountPence) {
    }

    public record JourneyDetail(JourneySummary journey, ShowcaseSummary showcase, List<IdeaSummary> ideas,
            List<IdeaSummary> shortlist, List<ResultLine> results, List<FundedProject> fundedProjects) {
    }
}
