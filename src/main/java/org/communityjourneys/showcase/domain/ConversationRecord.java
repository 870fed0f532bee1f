package org.communityjourneys.showcase.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a facilitator records about one showcase conversation. */
public record ConversationRecord(LocalDate heldOn, String venue, int attendance, String assets,
        String offers, String needs, String stories) {

    public List<String> problems(LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add("Say when the conversation was held.");
        } else if (heldOn.isAfter(today)) {
            problems.add("The conversation date cannot be in the future.");
        }
        if (venue == null || venue.isBlank()) {
            problems.add("Say where the conversation was held.");
        } else if (venue.length() > 200) {
            problems.add("Keep the venue to 200 characters.");
        }
        if (attendance < 0) {
            problems.add("Attendance cannot be negative.");
        }
        return problems;
    }
}
