package org.communityjourneys.ideas.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;

/** What a resident writes when putting an idea forward (or changing it). */
public record IdeaDraft(String title, String description, long estimatedCostPence, Theme theme,
        String wardCode, String ledBy, String contact, Set<Population> populations) {

    /**
     * The most one idea can receive: the top of the largest grant band, £20,000 (brief section 1;
     * the chest's GrantBand.FROM_1000_TO_20000). Dearer ideas are refused when they are put forward.
     */
    public static final long LARGEST_GRANT_PENCE = 20_000_00L;

    public IdeaDraft {
        populations = populations == null || populations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(populations));
    }

    public IdeaDraft(String title, String description, long estimatedCostPence, Theme theme, String wardCode,
            String ledBy, String contact) {
        this(title, description, estimatedCostPence, theme, wardCode, ledBy, contact, Set.of());
    }

    /** Every problem of the draft in plain English. */
    public List<String> problems() {
        return List.copyOf(problemsByField().values());
    }

    /**
     * The same problems, each under the field it belongs to ("title", "description", "cost",
     * "theme", "ward", "ledBy", "contact"), in the order of the form.
     */
    public Map<String, String> problemsByField() {
        Map<String, String> problems = new LinkedHashMap<>();
        problemList().forEach(problem -> problems.put(problem.field(), problem.english()));
        return problems;
    }

    /**
     * The same problems as message bundle keys, field by field ("ideas.problem.titleMissing"), for
     * pages in another language; the key {@code ideas.problem.costTooHigh} takes the largest grant
     * as {@code {0}}. In English the bundle says exactly what {@link #problemsByField()} says.
     */
    public Map<String, String> problemKeysByField() {
        Map<String, String> keys = new LinkedHashMap<>();
        problemList().forEach(problem -> keys.put(problem.field(), "ideas.problem." + problem.key()));
        return keys;
    }

    private record Problem(String field, String key, String english) {
    }

    private List<Problem> problemList() {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "titleMissing", "Give the idea a title."));
        } else if (title.trim().length() > 150) {
            problems.add(new Problem("title", "titleTooLong", "Keep the title to 150 characters."));
        }
        if (description == null || description.isBlank()) {
            problems.add(new Problem("description", "descriptionMissing", "Describe the idea."));
        } else if (description.trim().length() > 4000) {
            problems.add(new Problem("description", "descriptionTooLong", "Keep the description to 4,000 characters."));
        }
        if (estimatedCostPence <= 0) {
            problems.add(new Problem("cost", "costMissing", "Give an estimated cost of more than £0."));
        } else if (estimatedCostPence > LARGEST_GRANT_PENCE) {
            problems.add(new Problem("cost", "costTooHigh", "The estimated cost can be at most " + Money.format(LARGEST_GRANT_PENCE)
                    + ", the largest grant one idea can receive."));
        }
        if (theme == null) {
            problems.add(new Problem("theme", "themeMissing", "Choose a theme."));
        }
        if (wardCode == null || wardCode.isBlank()) {
            problems.add(new Problem("ward", "wardMissing", "Choose the ward the idea is for."));
        }
        if (ledBy != null && ledBy.trim().length() > 200) {
            problems.add(new Problem("ledBy", "ledByTooLong", "Keep who leads it to 200 characters."));
        }
        if (contact != null && contact.trim().length() > 254) {
            problems.add(new Problem("contact", "contactTooLong", "Keep the contact to 254 characters."));
        }
        return problems;
    }

    /** Complete enough to be screened: who leads it and how to reach them are known. */
    public boolean complete() {
        return problems().isEmpty() && missingDetails().isEmpty();
    }

    /** The details the screening needs that are not given, named as the author would: "who will lead it and a contact". */
    public String missingDetails() {
        List<String> missing = new ArrayList<>();
        if (title == null || title.isBlank()) {
            missing.add("a title");
        }
        if (description == null || description.isBlank()) {
            missing.add("a description");
        }
        if (ledBy == null || ledBy.isBlank()) {
            missing.add("who will lead it");
        }
        if (contact == null || contact.isBlank()) {
            missing.add("a contact");
        }
        if (missing.size() < 2) {
            return String.join("", missing);
        }
        return String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
    }
}
