package org.communityjourneys.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantClaims;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.chest.service.GrantPayments;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;

/** A paid grant made straight through the chest's service, and report answers, for review tests. */
public final class ReviewFixtures {

    static final long GRANT_PENCE = 80_000;

    private ReviewFixtures() {
    }

    public record PaidGrant(UUID journeyId, UUID grantId, String title) {
    }

    public static PaidGrant paidGrant(JourneyService journeys, IdeaService ideas, ChestService chest, GrantLifecycle lifecycle,
            GrantPayments payments) {
        Journey journey = Journeys.launch(journeys, 500_000);
        chest.reserveJourneyBudget(journey.getId(), 500_000, "facilitator");
        ideas.openWindow(journey.getId());
        String title = "Stay and play " + UUID.randomUUID().toString().substring(0, 8);
        UUID idea = SignedIn.as("applicant", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(title, "Weekly sessions for parents and babies", GRANT_PENCE,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends of the library", "friends@example.org"), "applicant"));
        UUID grant = chest.openGrant(journey.getId(), idea);
        // each step as the person it belongs to: the holder applies and agrees, a facilitator checks,
        // governance pays (the route is the engine's step after the application)
        SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordApplication(grant, new GrantApplication(
                "Friends of the library", "friends@example.org", GRANT_PENCE, false, false, "Sessions")));
        lifecycle.recordRoute(grant, "FACILITATOR_CHECK");
        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(grant, "FACILITATOR_CHECK", true, "Fine");
            return null;
        });
        SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordAgreement(grant, true));
        SignedIn.as("governance", "GOVERNANCE", () -> {
            payments.recordInstalment(grant, "payment-task", GRANT_PENCE, "BACS " + title.substring(0, 20), LocalDate.now());
            return null;
        });
        return new PaidGrant(journey.getId(), grant, title);
    }

    /** A hub start-up grant claimed by {@code claimant}, approved and paid from a new fund. */
    static UUID paidHubGrant(ChestService chest, GrantClaims claims, GrantLifecycle lifecycle, GrantPayments payments,
            String claimant, long pence) {
        Fund fund = chest.createFund("Hub fund " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 10_000_00, "Test money", "governance");
        UUID grant = claims.apply(GrantProgramme.HUB_STARTUP, fund.getId(),
                "Bromyard hub " + UUID.randomUUID().toString().substring(0, 8), "hub@example.org",
                "Urn, tables and chairs", pence, claimant);
        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(grant, "FACILITATOR_CHECK", true, null);
            return null;
        });
        SignedIn.as("governance", "GOVERNANCE", () -> payments.recordInstalment(grant, "payment-task", pence, "BACS-HUB",
                LocalDate.now()));
        return grant;
    }

    /** A hub's report: 30 activities (6 for 0-17s), 9 volunteers, 3 partners, a warm space and food. */
    static LearningReportAnswers hubAnswers() {
        return new LearningReportAnswers("The hub opened three afternoons a week.", 55,
                Map.of(Population.LONELY_OR_ISOLATED, 20), 9, 30, 6, 3, Set.of(KindOfSupport.WARM_SPACE, KindOfSupport.FOOD),
                List.of(new SpendLine("Urn, tables and chairs", 150_000)), null,
                "A widower now helps run the Tuesday lunch.", new ConnectionCounts(10, 25, 8, 20, 12, 30));
    }

    public static LearningReportAnswers answers(long... spentPence) {
        List<SpendLine> lines = java.util.Arrays.stream(spentPence).mapToObj(pence -> new SpendLine("Toys and mats", pence))
                .toList();
        return new LearningReportAnswers("Twelve sessions ran in the library.", 40,
                Map.of(Population.FAMILIES_UNDER_FIVE_ACES, 12, Population.LONELY_OR_ISOLATED, 5), 6, 12, 10, 2,
                Set.of(KindOfSupport.SOCIAL_ACTIVITY, KindOfSupport.WARM_SPACE), lines, null,
                "Two mums now run the sessions themselves.", new ConnectionCounts(10, 25, 8, 20, 12, 30));
    }

    static LearningReportAnswers withExplanation(LearningReportAnswers answers, String explanation) {
        return new LearningReportAnswers(answers.whatHappened(), answers.peopleReached(), answers.reach(),
                answers.volunteers(), answers.activities(), answers.activitiesForChildren(), answers.partnerOrganisations(),
                answers.kindsOfSupport(), answers.spending(), explanation, answers.story(), answers.connection());
    }
}
