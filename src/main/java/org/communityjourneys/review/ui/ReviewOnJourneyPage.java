package org.communityjourneys.review.ui;

import java.util.ArrayList;
import java.util.List;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyPagePart;
import org.communityjourneys.review.service.LearningReviewClock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The learning review on the journey page: the clock that asks a paid grant's group for its report now. */
@Component
@Order(30)
class ReviewOnJourneyPage implements JourneyPagePart {

    private final ChestService chest;
    private final LearningReviewClock reviews;

    ReviewOnJourneyPage(ChestService chest, LearningReviewClock reviews) {
        this.chest = chest;
        this.reviews = reviews;
    }

    @Override
    public List<ClockMove> clockMoves(Journey journey, String facilitator) {
        List<ClockMove> moves = new ArrayList<>();
        for (Grant grant : chest.grantsOf(journey.getId())) {
            if (reviews.mayAskNow(grant.getId())) {
                moves.add(new ClockMove("ask-report-now-" + grant.getId(),
                        "Ask \u201c" + grant.getTitle() + "\u201d for its learning report now", "Ask for the learning report now?",
                        "The group is asked today instead of on the date set at payment.", () -> {
                            reviews.askNow(grant.getId(), facilitator);
                            return "The group has been asked for its learning report.";
                        }));
            }
        }
        return moves;
    }
}
