package org.communityjourneys.review.ui;

import java.util.ArrayList;
import java.util.List;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyPagePart;
import org.communityjourneys.review.service.LearningReviewClock;
import org.communityjourneys.shared.ui.Translations;
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
                        Translations.text("review.askNow.button", grant.getTitle()), Translations.text("review.askNow.confirm"),
                        Translations.text("review.askNow.explain"), () -> {
                            reviews.askNow(grant.getId(), facilitator);
                            return Translations.text("review.askNow.done");
                        }));
            }
        }
        return moves;
    }
}
