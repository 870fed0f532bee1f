package org.communityjourneys.voting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyPagePart;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.voting.service.VoteClock;
import org.communityjourneys.voting.service.VoteService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The vote on the journey page: when it opened and closed (with the planned times when they
 * moved), the paper ballot pages for a facilitator until the ballots are published, and the
 * clocks that open or close the vote now.
 */
@Component
@Order(20)
class VoteOnJourneyPage implements JourneyPagePart {

    private final VoteService votes;
    private final VoteClock clock;
    private final CurrentUser currentUser;

    VoteOnJourneyPage(VoteService votes, VoteClock clock, CurrentUser currentUser) {
        this.votes = votes;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public List<Fact> facts(Journey journey) {
        var vote = votes.window(journey.getId());
        String opens = vote.map(window -> Translations.text("voteFacts.openedAt", Moments.moment(window.getOpenedAt()))
                + Moments.plannedIfMoved(window.getOpenedAt(), journey.getVoteOpensAt())).orElse(Moments.moment(journey.getVoteOpensAt()));
        String closes = vote.filter(window -> window.getClosedAt() != null)
                .map(window -> Translations.text("voteFacts.closedAt", Moments.moment(window.getClosedAt()))
                        + Moments.plannedIfMoved(window.getClosedAt(), journey.getVoteClosesAt()))
                .orElse(Moments.moment(journey.getVoteClosesAt()));
        return List.of(new Fact(Translations.text("voteFacts.opens"), opens), new Fact(Translations.text("voteFacts.closes"), closes));
    }

    @Override
    public List<Link> links(Journey journey) {
        if (!currentUser.hasRole(Role.FACILITATOR) || votes.window(journey.getId()).isEmpty()
                || votes.ballotsArePublished(journey.getId())) {
            return List.of();
        }
        String base = "journeys/" + journey.getId();
        return List.of(new Link("journey-paper-ballots-link", base + "/paper-ballots", Translations.text("voting.paper.title")),
                new Link("journey-paper-checks-link", base + "/paper-checks", Translations.text("voting.checks.link")));
    }

    @Override
    public List<ClockMove> clockMoves(Journey journey, String facilitator) {
        UUID journeyId = journey.getId();
        List<ClockMove> moves = new ArrayList<>();
        if (journey.getStage() == JourneyStage.VOTE_SCHEDULED && !votes.isOpen(journeyId)) {
            moves.add(new ClockMove("open-vote-now", Translations.text("voting.clock.open"),
                    Translations.text("voting.clock.openQuestion"), Translations.text("voting.clock.openConsequence"), () -> {
                        clock.openNow(journeyId, facilitator);
                        return Translations.text("voting.clock.opened");
                    }));
        }
        if (votes.isOpen(journeyId)) {
            moves.add(new ClockMove("close-vote-now", Translations.text("voting.clock.close"),
                    Translations.text("voting.clock.closeQuestion"), Translations.text("voting.clock.closeConsequence"), () -> {
                        clock.closeNow(journeyId, facilitator);
                        return Translations.text("voting.clock.closed");
                    }));
        }
        return moves;
    }
}
