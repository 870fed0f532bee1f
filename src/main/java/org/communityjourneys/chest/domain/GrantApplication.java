package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;
import java.util.ArrayList;
import java.util.List;

/** The applicant's answers on the grant application. */
public record GrantApplication(String organisation, String contact, long amountPence,
        boolean childrenOrVulnerableAdults, boolean firstTimeGroup, String summary) {

    public List<String> problems() {
        return Wording.english(problemWordings());
    }

    /** The same problems, worded from the chest's bundle for any language. */
    public List<Wording> problemWordings() {
        List<Wording> problems = new ArrayList<>();
        if (organisation == null || organisation.isBlank()) {
            problems.add(Wording.of("chest.draft.organisationMissing"));
        }
        if (contact == null || contact.isBlank()) {
            problems.add(Wording.of("chest.draft.contactMissing"));
        }
        if (amountPence <= 0) {
            problems.add(Wording.of("chest.draft.amountMissing"));
        }
        return problems;
    }
}
