package org.communityjourneys.chest.domain;

import org.communityjourneys.shared.domain.Wording;
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

    /** Every problem in plain English. */
    public List<String> problems() {
        return Wording.english(problemWordings());
    }

    /** The same problems, worded from the chest's bundle for any language. */
    public List<Wording> problemWordings() {
        List<Wording> problems = new ArrayList<>();
        if (blank(organisation)) {
            problems.add(Wording.of("chest.draft.organisationMissing"));
        }
        if (blank(contact)) {
            problems.add(Wording.of("chest.draft.contactMissing"));
        }
        if (amountPence <= 0) {
            problems.add(Wording.of("chest.draft.amountMissing"));
        }
        if (blank(summary)) {
            problems.add(Wording.of("chest.draft.summaryMissing"));
        }
        if (!sortCodeDigits().matches("\\d{6}")) {
            problems.add(Wording.of("chest.draft.sortCode"));
        }
        if (!accountNumberDigits().matches("\\d{8}")) {
            problems.add(Wording.of("chest.draft.accountNumber"));
        }
        if (budgetLines.isEmpty()) {
            problems.add(Wording.of("chest.draft.noBudgetLine"));
        }
        for (BudgetLineDraft line : budgetLines) {
            if (blank(line.description()) || line.amountPence() <= 0) {
                problems.add(Wording.of("chest.draft.budgetLineIncomplete"));
                break;
            }
        }
        if (!budgetLines.isEmpty() && amountPence > 0 && budgetTotalPence() != amountPence) {
            long difference = amountPence - budgetTotalPence();
            problems.add(Wording.of(difference > 0 ? "chest.draft.budgetShort" : "chest.draft.budgetOver",
                    Money.format(budgetTotalPence()), Money.format(amountPence), Money.format(Math.abs(difference))));
        }
        if (childrenOrVulnerableAdults && blank(safeguardingPolicy)) {
            problems.add(Wording.of("chest.draft.safeguardingMissing"));
        }
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            if (blank(answers.get(principle))) {
                problems.add(Wording.of("chest.draft.answerMissing", principle.wording()));
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
