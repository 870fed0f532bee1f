package org.communityjourneys.ideas.domain;

import java.util.UUID;

/**
 * The facilitator's choice for one idea on the shortlist screen: include it on the ballot or not,
 * with the reason its author sees. A blank reason keeps the eligibility rules' own reason, which is
 * only allowed when the choice follows the rules' suggestion.
 */
public record ShortlistChoice(UUID ideaId, boolean include, String reason) {
}
