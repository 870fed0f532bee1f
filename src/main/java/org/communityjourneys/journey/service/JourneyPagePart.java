package org.communityjourneys.journey.service;

import java.util.List;
import java.util.function.Supplier;
import org.communityjourneys.journey.domain.Journey;

/**
 * What a stage of the journey adds to the journey page, for the person signed in: facts for the
 * facts list, links to its own pages and, for a facilitator, the stage clocks it can move now.
 * Each stage's module (ideas, voting, the learning review) implements one, so the journey page
 * shows every stage without depending on them. Parts are shown in their {@code @Order}.
 */
public interface JourneyPagePart {

    /** Facts about this stage, in the order they are shown. */
    default List<Fact> facts(Journey journey) {
        return List.of();
    }

    /** Links to this stage's pages that the signed-in person may use. */
    default List<Link> links(Journey journey) {
        return List.of();
    }

    /** The clock moves a facilitator may make on this stage now; the service checks role and state again. */
    default List<ClockMove> clockMoves(Journey journey, String facilitator) {
        return List.of();
    }

    /** One line of the facts list. */
    record Fact(String term, String description) {
    }

    /** A link with its element id. */
    record Link(String id, String href, String text) {
    }

    /**
     * A stage moved on now instead of at its planned time: the button, the question asked before
     * (none can be undone) and the move itself, which returns what to tell the facilitator.
     */
    record ClockMove(String id, String label, String question, String consequence, Supplier<String> move) {
    }
}
