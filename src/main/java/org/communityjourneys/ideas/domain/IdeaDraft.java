package org.communityjourneys.ideas.domain;

import java.util.ArrayList;
import java.util.List;
import org.communityjourneys.shared.domain.Theme;

/** What a resident writes when putting an idea forward. */
public record IdeaDraft(String title, String description, long estimatedCostPence, Theme theme,
        String wardCode, String ledBy, String contact) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("Give the idea a title.");
        } else if (title.trim().length() > 150) {
            problems.add("Keep the title to 150 characters.");
        }
        if (description == null || description.isBlank()) {
            problems.add("Describe the idea.");
        }
        if (estimatedCostPence < 0) {
            problems.add("The estimated cost cannot be negative.");
        }
        if (theme == null) {
            problems.add("Choose a theme.");
        }
        if (wardCode == null || wardCode.isBlank()) {
            problems.add("Choose the ward the idea is for.");
        }
        return problems;
    }

    /** Complete enough to be screened: who leads it and how to reach them are known. */
    public boolean complete() {
        return problems().isEmpty() && estimatedCostPence > 0 && ledBy != null && !ledBy.isBlank()
                && contact != null && !contact.isBlank();
    }
}
