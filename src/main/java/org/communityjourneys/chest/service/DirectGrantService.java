package org.communityjourneys.chest.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.DirectGrant;
import org.communityjourneys.chest.domain.DirectGrantProgramme;
import org.communityjourneys.chest.domain.DirectGrantRepository;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.GrantDecided;
import org.communityjourneys.chest.domain.GrantPaid;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.domain.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hub start-up grants and small fast-track grants: drawn straight from one fund, with no journey
 * and no vote. Applying checks the programme's ceiling and the fund's restrictions; approving
 * reserves the amount in the fund (refused with {@link NotEnoughInFund} when too little is left);
 * paying moves it from reserved to paid, once.
 */
@Service
@Transactional
public class DirectGrantService {

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    private final DirectGrantRepository grants;
    private final ChestService chest;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final CurrentUser currentUser;

    DirectGrantService(DirectGrantRepository grants, ChestService chest, ApplicationEventPublisher events,
            Optional<Clock> clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.grants = grants;
        this.chest = chest;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public UUID apply(DirectGrantProgramme programme, UUID fundId, String organisation, String contact, String purpose,
            long pence, String appliedBy) {
        List<String> problems = new ArrayList<>();
        if (organisation == null || organisation.isBlank()) {
            problems.add("Name the group, hub or organisation.");
        }
        if (contact == null || contact.isBlank()) {
            problems.add("Give a contact.");
        }
        if (purpose == null || purpose.isBlank()) {
            problems.add("Say what the money is for.");
        }
        if (pence <= 0) {
            problems.add("The amount asked must be more than £0.");
        } else if (pence > programme.maxPence()) {
            problems.add("A " + programme.label().toLowerCase() + " is at most " + Money.format(programme.maxPence())
                    + ": " + Money.format(pence) + " was asked.");
        }
        if (fundId == null) {
            problems.add("Choose the fund the grant comes from.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        Fund fund = chest.fund(fundId);
        if (fund.getDistributionDeadline().isBefore(LocalDate.now(clock.withZone(COUNTY)))) {
            throw new IllegalArgumentException(fund.getName() + " closed on " + fund.getDistributionDeadline() + ".");
        }
        if (!fund.allowsGrantOf(pence)) {
            throw new IllegalArgumentException(fund.getName() + " does not give grants of " + Money.format(pence) + ".");
        }
        return grants.save(new DirectGrant(fundId, programme, organisation.strip(), contact.strip(), purpose.strip(), pence,
                appliedBy, clock.instant())).getId();
    }

    /** Approves the grant and reserves its amount in the fund, or refuses with what is left. */
    public void approve(UUID grantId, String by) {
        currentUser.requireActingAs(by, Role.FACILITATOR);
        DirectGrant grant = get(grantId);
        if (grant.getStatus() == GrantStatus.APPROVED || grant.getStatus().isPaid()) {
            return;
        }
        if (grant.getStatus() != GrantStatus.APPLIED) {
            throw new IllegalStateException("This grant was already decided: it is " + grant.getStatus().name().toLowerCase() + ".");
        }
        chest.reserveForGrant(grant.getFundId(), grantId, grant.getAmountPence(), grant.getProgramme().label()
                + " for " + grant.getOrganisation(), by);
        grant.approved(by);
        events.publishEvent(new GrantDecided(grantId, null, grant.getProgramme().name(), true, by));
    }

    public void reject(UUID grantId, String reason, String by) {
        currentUser.requireActingAs(by, Role.FACILITATOR);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason when a grant is declined: the applicant will see it.");
        }
        DirectGrant grant = get(grantId);
        if (grant.getStatus() != GrantStatus.APPLIED) {
            throw new IllegalStateException("This grant was already decided: it is " + grant.getStatus().name().toLowerCase() + ".");
        }
        grant.declined(reason.strip(), by);
        events.publishEvent(new GrantDecided(grantId, null, grant.getProgramme().name(), false, by));
    }

    /** Records the payment once: a retried payment step never pays twice. */
    public void recordPayment(UUID grantId, long pence, String reference, LocalDate paidOn, String by) {
        currentUser.requireActingAs(by, Role.GOVERNANCE);
        DirectGrant grant = get(grantId);
        if (grant.getStatus().isPaid()) {
            return;
        }
        if (grant.getStatus() != GrantStatus.APPROVED || grant.getDecidedBy() == null) {
            throw new IllegalStateException("Only an approved grant can be paid.");
        }
        if (pence <= 0) {
            throw new IllegalArgumentException("A payment must be more than £0.");
        }
        if (pence > grant.getAmountPence()) {
            throw new IllegalArgumentException("The payment is more than the grant of " + Money.format(grant.getAmountPence()) + ".");
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("Give the payment reference from the bank.");
        }
        grant.paid();
        grants.saveAndFlush(grant);
        chest.payFromGrantReservation(grant.getFundId(), grantId, pence, reference.strip(), paidOn, by);
        events.publishEvent(new GrantPaid(grantId, null, pence, reference.strip(), by));
    }

    @Transactional(readOnly = true)
    public DirectGrant get(UUID grantId) {
        return grants.findById(grantId).orElseThrow(() -> new NoSuchElementException("No grant " + grantId));
    }
}
