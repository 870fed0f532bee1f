package org.communityjourneys.chest.domain;

import java.util.ArrayList;
import java.util.List;

/** The applicant's answers on the grant application. */
public record GrantApplication(String organisation, String contact, long amountPence,
        boolean childrenOrVulnerableAdults, boolean firstTimeGroup, String summary) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (organisation == null || organisation.isBlank()) {
            problems.add("Name the group or organisation.");
        }
        if (contact == null || contact.isBlank()) {
            problems.add("Give a contact.");
        }
        if (amountPence <= 0) {
            problems.add("The amount asked must be more than £0.");
        }
        return problems;
    }
}
