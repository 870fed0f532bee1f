package org.communityjourneys.review.domain;

import java.util.ArrayList;
import java.util.List;

/** The applicant's short learning report: light-touch by design. */
public record LearningReportDraft(String whatHappened, int peopleReached, int volunteers, String story) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (whatHappened == null || whatHappened.isBlank()) {
            problems.add("Say in a few words what happened.");
        }
        if (peopleReached < 0) {
            problems.add("People reached cannot be negative.");
        }
        if (volunteers < 0) {
            problems.add("Volunteers cannot be negative.");
        }
        return problems;
    }
}
