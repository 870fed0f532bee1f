package org.communityjourneys.chest.domain;

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

    public List<String> problems(LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("Give the fund a name.");
        } else if (name.strip().length() > 120) {
            problems.add("The fund's name must be at most 120 characters.");
        }
        if (funder == null || funder.isBlank()) {
            problems.add("Name the funder.");
        } else if (funder.strip().length() > 120) {
            problems.add("The funder's name must be at most 120 characters.");
        }
        if (funderKind == null) {
            problems.add("Choose what kind of funder it is.");
        }
        if (distributionDeadline == null) {
            problems.add("Give the date by which the fund must be distributed.");
        } else if (distributionDeadline.isBefore(today)) {
            problems.add("The distribution deadline is in the past.");
        }
        if (maxGrantPence <= 0) {
            problems.add("The largest grant must be more than £0.");
        }
        if (bands.isEmpty()) {
            problems.add("Allow at least one grant band.");
        }
        return problems;
    }
}
