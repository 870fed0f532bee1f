package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.domain.LedgerEntryKind;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.chest.service.NotEnoughInFund;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ChestServiceTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    ChestService chest;
    @Autowired
    GrantLifecycle lifecycle;
    @Autowired
    org.communityjourneys.chest.service.GrantPayments payments;

    @Test
    void aJourneyBudgetLargerThanAnyFundIsRefusedWithWhatIsLeft() {
        Journey journey = Journeys.launch(journeys, 10_000_000_00L);
        long entriesBefore = chest.ledgerOfJourney(journey.getId()).size();
        assertThatThrownBy(() -> chest.reserveJourneyBudget(journey.getId(), journey.getBudgetPence(), "facilitator"))
                .isInstanceOf(NotEnoughInFund.class)
                .hasMessageMatching("Not enough left in .+: £[0-9,.]+ available\\.");
        assertThat(chest.ledgerOfJourney(journey.getId())).hasSize((int) entriesBefore);
    }

    @Test
    void aPaymentIsRecordedOnceAndTheRestIsReleased() {
        Journey journey = Journeys.launch(journeys, 500_000);
        chest.reserveJourneyBudget(journey.getId(), 500_000, "facilitator");
        chest.reserveJourneyBudget(journey.getId(), 500_000, "facilitator");
        assertThat(chest.reservedFor(journey.getId())).isEqualTo(500_000);

        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("applicant", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Baby bank", "Clothes and kit for new parents", 80_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Baby bank group", "bank@example.org"), "applicant"));
        UUID grant = chest.openGrant(journey.getId(), idea);
        assertThat(chest.openGrant(journey.getId(), idea)).isEqualTo(grant);
        assertThat(chest.grant(grant).getHolder()).as("the idea's author holds the grant").isEqualTo("applicant");
        SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordApplication(grant,
                new GrantApplication("Baby bank group", "bank@example.org", 80_000, true, false, "Kit")));
        lifecycle.recordRoute(grant, "FACILITATOR_CHECK");
        SignedIn.asFacilitator(() -> {
            lifecycle.recordDecision(grant, "FACILITATOR_CHECK", true, "Fine");
            return null;
        });
        SignedIn.as("applicant", "APPLICANT", () -> lifecycle.recordAgreement(grant, true));

        SignedIn.as("governance", "GOVERNANCE", () -> {
            payments.recordInstalment(grant, "payment-task-1", 80_000, "BACS-001", LocalDate.now());
            payments.recordInstalment(grant, "payment-task-1", 80_000, "BACS-001", LocalDate.now());
            return null;
        });
        assertThat(chest.ledgerOfJourney(journey.getId()))
                .filteredOn(entry -> entry.getKind() == LedgerEntryKind.PAYMENT).hasSize(1);
        assertThat(chest.reservedFor(journey.getId())).isEqualTo(420_000);

        chest.releaseUnspent(journey.getId());
        assertThat(chest.reservedFor(journey.getId())).isZero();
    }
}
