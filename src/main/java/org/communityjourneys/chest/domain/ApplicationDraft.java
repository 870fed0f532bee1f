package org.communityjourneys.chest.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communityjourneys.shared.domain.Money;

/**
 * What the applicant typed on the grant application screen. {@link #problems()} lists every rule
 * that does not depend on the fund (the fund's band and what is left are checked by the service).
 *
 * @param sortCode six digits (spaces and dashes are ignored)
 * @param accountNumber eight digits
 * @param answers the applicant's plain-language answer to each funding principle
 */
public record ApplicationDraft(String organisation, String contact, long amountPence, String summary,
        String sortCode, String accountNumber, List<BudgetLineDraft> budgetLines,
        boolean childrenOrVulnerableAdults, String safeguardingPolicy, boolean firstTimeGroup,
        Map<FundingPrinciple, String> answers) {

    /** One budget line as typed. */
    public record BudgetLineDraft(String description, long amountPence) {
    }

    public ApplicationDraft {
        budgetLines = budgetLines == null ? List.of() : List.copyOf(budgetLines);
        answers = answers == null || answers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(answers));
    }

    /** The sort code with only its digits. */
    public String sortCodeDigits() {
        return digits(sortCode);
    }

    /** The account number with only its digits. */
    public String accountNumberDigits() {
        return digits(accountNumber);
    }

    public long budgetTotalPence() {
        return budgetLines.stream().mapToLong(BudgetLineDraft::amountPence).sum();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(organisation)) {
            problems.add("Name the group or organisation.");
        }
        if (blank(contact)) {
            problems.add("Give a contact.");
        }
        if (amountPence <= 0) {
            problems.add("The amount asked must be more than £0.");
        }
        if (blank(summary)) {
            problems.add("Say in a sentence or two what the grant is for.");
        }
        if (!sortCodeDigits().matches("\\d{6}")) {
            problems.add("The sort code must be 6 digits, like 12-34-56.");
        }
        if (!accountNumberDigits().matches("\\d{8}")) {
            problems.add("The account number must be 8 digits.");
        }
        if (budgetLines.isEmpty()) {
            problems.add("Add at least one budget line.");
        }
        for (BudgetLineDraft line : budgetLines) {
            if (blank(line.description()) || line.amountPence() <= 0) {
                problems.add("Every budget line needs a description and an amount above £0.");
                break;
            }
        }
        if (!budgetLines.isEmpty() && amountPence > 0 && budgetTotalPence() != amountPence) {
            long difference = amountPence - budgetTotalPence();
            problems.add("The budget lines add up to " + Money.format(budgetTotalPence())
                    + " but you asked for " + Money.format(amountPence) + ": "
                    + (difference > 0 ? Money.format(difference) + " short."
                            : Money.format(-difference) + " too much."));
        }
        if (childrenOrVulnerableAdults && blank(safeguardingPolicy)) {
            problems.add("Work with children or vulnerable adults needs a safeguarding policy: describe it or give its link.");
        }
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            if (blank(answers.get(principle))) {
                problems.add("Answer \u201c" + principle.label() + "\u201d.");
            }
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }
}
