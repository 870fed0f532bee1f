package org.communityjourneys.chest.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.GrantRepository;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims for hub start-up grants and small fast-track grants, drawn straight from one fund with no
 * journey and no vote: the claim is checked against the programme's ceiling and the fund's
 * restrictions and becomes a {@link Grant} waiting for a facilitator's light-touch check. From
 * there it follows the one grant lifecycle: {@link GrantLifecycle#recordDecision} (approval
 * reserves the amount in the fund, refused with {@link NotEnoughInFund} when too little is left)
 * and {@link GrantPayments#recordInstalment} (paid once, from that reservation).
 */
@Service
@Transactional
public class GrantClaims {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    private final GrantRepository grants;
    private final ChestService chest;
    private final Clock clock;

    GrantClaims(GrantRepository grants, ChestService chest, Optional<Clock> clock) {
        this.grants = grants;
        this.chest = chest;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records a claim by {@code claimant} and returns its grant's id; refused with every problem at once. */
    public UUID apply(GrantProgramme programme, UUID fundId, String organisation, String contact, String purpose,
            long pence, String claimant) {
        List<Wording> problems = new ArrayList<>();
        if (!programme.isDrawnFromFund()) {
            problems.add(Wording.of("chest.claim.journeyGrant"));
        }
        if (organisation == null || organisation.isBlank()) {
            problems.add(Wording.of("chest.claim.organisationMissing"));
        } else if (organisation.strip().length() > 200) {
            problems.add(Wording.of("chest.claim.organisationTooLong"));
        }
        if (contact == null || contact.isBlank()) {
            problems.add(Wording.of("chest.draft.contactMissing"));
        }
        if (purpose == null || purpose.isBlank()) {
            problems.add(Wording.of("chest.claim.purposeMissing"));
        }
        if (pence <= 0) {
            problems.add(Wording.of("chest.draft.amountMissing"));
        } else if (pence > programme.maxPence()) {
            problems.add(Wording.of("chest.claim.overCeiling", programme.wordingInSentence(), Money.format(programme.maxPence()),
                    Money.format(pence)));
        }
        if (fundId == null) {
            problems.add(Wording.of("chest.claim.fundMissing"));
        }
        if (!problems.isEmpty()) {
            throw Refused.input(problems);
        }
        Fund fund = chest.fund(fundId);
        if (fund.getDistributionDeadline().isBefore(LocalDate.now(clock.withZone(COUNTY)))) {
            throw Refused.input("chest.claim.fundClosed", fund.getName(), fund.getDistributionDeadline().toString());
        }
        if (!fund.allowsGrantOf(pence)) {
            throw Refused.input("chest.claim.fundBand", fund.getName(), Money.format(pence));
        }
        return grants.save(Grant.claimedFromFund(programme, fundId, organisation.strip(), contact.strip(), purpose.strip(),
                pence, claimant, clock.instant())).getId();
    }
}
