package org.communityjourneys.voting.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.identity.domain.PaperResident;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.identity.service.PaperResidents;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.voting.domain.BallotChoice;
import org.communityjourneys.voting.domain.PaperVoter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper ballots for the people who most need them: a facilitator finds the voter by name, postcode
 * or e-mail among the residents of the vote's wards, or takes down a person without an account (who
 * becomes a paper-only record) and enters their ballot in the same transaction, so a refused ballot
 * leaves no record behind.
 */
@Service
@Transactional
public class PaperVoting {

    /** The most residents one search lists. */
    public static final int MOST_FOUND = 20;

    private final VoteService votes;
    private final JourneyService journeys;
    private final ResidentRegistration registration;
    private final PaperResidents paperResidents;
    private final CurrentUser currentUser;

    PaperVoting(VoteService votes, JourneyService journeys, ResidentRegistration registration,
            PaperResidents paperResidents, CurrentUser currentUser) {
        this.votes = votes;
        this.journeys = journeys;
        this.registration = registration;
        this.paperResidents = paperResidents;
        this.currentUser = currentUser;
    }

    /** Residents of the journey's wards whose name, postcode or e-mail contains the text (two characters at least). */
    @Transactional(readOnly = true)
    public List<PaperVoter> findVoters(UUID journeyId, String text) {
        currentUser.requireAnyOf(Role.FACILITATOR);
        String query = text == null ? "" : text.trim();
        if (query.length() < 2) {
            return List.of();
        }
        Set<String> wards = Set.copyOf(journeys.get(journeyId).getWardCodes());
        return registration.searchResidents(query).stream()
                .filter(account -> account.getWardCode() != null && wards.contains(account.getWardCode()))
                .limit(MOST_FOUND)
                .map(account -> new PaperVoter(account.getUsername(), account.getDisplayName(), account.getPostcode(),
                        account.isPaperOnly(), votes.hasVoted(journeyId, account.getUsername())))
                .toList();
    }

    /**
     * Enters the paper ballot of a person without an account: they become a paper-only resident
     * record (verified in person by this facilitator), then their ballot is stored as any paper
     * ballot. Refused, with nothing kept, when the person's details are incomplete or outside the
     * vote's wards, when they already have a record ({@link PaperResidents.AlreadyOnRecord}), or
     * when the ballot itself is refused (the paper number used already, a wrong choice, a closed vote).
     */
    public String enterForNewPerson(UUID journeyId, PaperResident person, String paperNumber, BallotChoice choice,
            String facilitator) {
        currentUser.requireActingAs(facilitator, Role.FACILITATOR);
        if (!votes.isOpen(journeyId)) {
            throw Refused.state("voting.refused.notOpen");
        }
        Journey journey = journeys.get(journeyId);
        UserAccount record = paperResidents.enter(person, Set.copyOf(journey.getWardCodes()),
                !journey.getVoterAgeBands().isEmpty());
        return votes.castOnPaper(journeyId, record.getUsername(), paperNumber, choice, facilitator);
    }
}
