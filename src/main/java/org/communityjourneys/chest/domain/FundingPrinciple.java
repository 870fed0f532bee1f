package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;

/** The five funding principles every grant application is answered and judged against. */
public enum FundingPrinciple {
    DESIGNED_WITH_COMMUNITY("Designed with the community",
            "How did people in the community help design this idea?"),
    OUTCOMES_FOCUSED("Outcomes focused",
            "What will be different for people, and how will you know?"),
    LASTING_IMPACT("Lasting impact",
            "What will last after the money is spent?"),
    CREATIVITY("Creativity and innovation",
            "What is new or creative about the way you will do this?"),
    COLLABORATION("Collaboration",
            "Who will you work with, and how does this fit with what already happens locally?");

    private final String label;
    private final String question;

    FundingPrinciple(String label, String question) {
        this.label = label;
        this.question = question;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }

    /** The principle's name in each language ({@code chest.principle.NAME}). */
    public Wording wording() {
        return Wording.of("chest.principle." + name());
    }
}
