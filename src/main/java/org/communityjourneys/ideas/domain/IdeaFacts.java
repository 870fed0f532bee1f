package org.communityjourneys.ideas.domain;

import java.util.UUID;

/** What the eligibility rules look at for one idea. */
public record IdeaFacts(UUID ideaId, long costPence, long journeyBudgetPence, String theme,
        boolean strategyPriority, boolean wardInJourney, boolean complete, String missingDetails) {
}
