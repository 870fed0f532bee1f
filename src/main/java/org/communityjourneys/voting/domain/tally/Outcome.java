package org.communityjourneys.voting.domain.tally;

import java.util.List;

/** The projects a count funds, in the order they were chosen, and what they cost together. */
public record Outcome(List<String> selectedInOrder, long totalCost) {

    public Outcome {
        selectedInOrder = List.copyOf(selectedInOrder);
    }

    public List<String> selectedSorted() {
        return selectedInOrder.stream().sorted().toList();
    }
}
