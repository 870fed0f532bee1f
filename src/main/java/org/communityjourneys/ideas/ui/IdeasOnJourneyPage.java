package org.communityjourneys.ideas.ui;

import java.util.List;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyPagePart;
import org.communityjourneys.shared.domain.UkTime;
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
                .map(window -> (window.isClosedEarly() ? "Closed early at " : "Closed at ") + UkTime.moment(window.getClosedAt())
                        + (window.isClosedEarly() ? " (deadline was " + UkTime.moment(journey.getIdeasCloseAt()) + ")" : ""))
                .orElse("Deadline " + UkTime.moment(journey.getIdeasCloseAt()));
        return List.of(new Fact("Ideas", when));
    }

    @Override
    public List<Link> links(Journey journey) {
        return List.of(new Link("journey-ideas-link", "journeys/" + journey.getId() + "/ideas", "Ideas for this journey"));
    }
}
