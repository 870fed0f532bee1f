package org.communityjourneys.voting.domain.tally;

/** A project on the ballot: an opaque id, its cost (whole currency units or pence) and the votes it received. */
public record Candidate(String id, long cost, long votes) {

    public Candidate {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("A project needs an id");
        }
        if (cost < 0 || votes < 0) {
            throw new IllegalArgumentException("Cost and votes cannot be negative: " + id);
        }
    }
}
