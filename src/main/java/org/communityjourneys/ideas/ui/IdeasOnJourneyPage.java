package org.communityjourneys.ideas.ui;

import java.util.List;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyPagePart;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The ideas stage on the journey page: when ideas closed (early or at the deadline) and the link to the ideas. */
@Component
@Order(10)
class IdeasOnJourneyPage implements JourneyPagePart {

    private final IdeaService ideas;

    IdeasOnJourneyPage(IdeaService ideas) {
        this.ideas = ideas;
    }

    @Override
    public List<Fact> facts(Journey journey) {
        String when = ideas.window(journey.getId()).filter(window -> window.getClosedAt() != null)
                .map(window -> window.isClosedEarly()
                        ? Translations.text("ideas.journey.closedEarly", Moments.moment(window.getClosedAt()),
                                Moments.moment(journey.getIdeasCloseAt()))
                        : Translations.text("ideas.journey.closed", Moments.moment(window.getClosedAt())))
                .orElse(Translations.text("ideas.journey.deadline", Moments.moment(journey.getIdeasCloseAt())));
        return List.of(new Fact(Translations.text("ideas.journey.fact"), when));
    }

    @Override
    public List<Link> links(Journey journey) {
        return List.of(new Link("journey-ideas-link", "journeys/" + journey.getId() + "/ideas", Translations.text("ideas.journey.link")));
    }
}
