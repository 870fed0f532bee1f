package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityjourneys.shared.domain.Theme;

/**
 * A new fund as the governance lead describes it. Empty themes or wards mean "any"; at least one
 * grant band must be allowed.
 */
public record FundPlan(String name, String funder, FunderKind funderKind, LocalDate distributionDeadline,
        long maxGrantPence, Set<Theme> themes, Set<String> wardCodes, Set<GrantBand> bands) {

    public FundPlan {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        wardCodes = wardCodes == null ? Set.of() : Set.copyOf(wardCodes);
        bands = bands == null ? Set.of() : Set.copyOf(bands);
    }

    /** Every problem in plain English. */
    public List<String> problems(LocalDate today) {
        return Wording.english(problemWordings(today));
    }

    /** The same problems, worded from the chest's bundle for any language. */
    public List<Wording> problemWordings(LocalDate today) {
        List<Wording> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Wording.of("chest.fundPlan.nameMissing"));
        } else if (name.strip().length() > 120) {
            problems.add(Wording.of("chest.fundPlan.nameTooLong"));
        }
        if (funder == null || funder.isBlank()) {
            problems.add(Wording.of("chest.fundPlan.funderMissing"));
        } else if (funder.strip().length() > 120) {
            problems.add(Wording.of("chest.fundPlan.funderTooLong"));
        }
        if (funderKind == null) {
            problems.add(Wording.of("chest.fundPlan.kindMissing"));
        }
        if (distributionDeadline == null) {
            problems.add(Wording.of("chest.fundPlan.deadlineMissing"));
        } else if (distributionDeadline.isBefore(today)) {
            problems.add(Wording.of("chest.fundPlan.deadlinePast"));
        }
        if (maxGrantPence <= 0) {
            problems.add(Wording.of("chest.fundPlan.maxGrantMissing"));
        }
        if (bands.isEmpty()) {
            problems.add(Wording.of("chest.fundPlan.bandMissing"));
        }
        return problems;
    }
}
