package org.communityjourneys.chest.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A grant's full application as the applicant submitted it on the application screen: who they
 * are, their bank details (shown only masked), the budget and their answers to the five funding
 * principles.
 */
@Entity
@Table(name = "grant_application")
public class SubmittedApplication {

    @Id
    @Column(name = "grant_id")
    private UUID grantId;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String contact;

    @Column(name = "sort_code", nullable = false)
    private String sortCode;

    @Column(name = "account_number", nullable = false)
    private String accountNumber;

    @Column(nullable = false)
    private String summary;

    @Column(name = "safeguarding_policy")
    private String safeguardingPolicy;

    @Column(name = "designed_with_community", nullable = false)
    private String designedWithCommunity;

    @Column(name = "outcomes_focused", nullable = false)
    private String outcomesFocused;

    @Column(name = "lasting_impact", nullable = false)
    private String lastingImpact;

    @Column(nullable = false)
    private String creativity;

    @Column(nullable = false)
    private String collaboration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grant_budget_line", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected SubmittedApplication() {
    }

    public SubmittedApplication(UUID grantId) {
        this.grantId = grantId;
    }

    /** Takes the draft's answers (the caller has checked them). */
    public void fillFrom(ApplicationDraft draft, String by, Instant at) {
        this.organisation = draft.organisation().trim();
        this.contact = draft.contact().trim();
        this.sortCode = draft.sortCodeDigits();
        this.accountNumber = draft.accountNumberDigits();
        this.summary = draft.summary().trim();
        this.safeguardingPolicy = draft.safeguardingPolicy() == null || draft.safeguardingPolicy().isBlank()
                ? null : draft.safeguardingPolicy().trim();
        this.designedWithCommunity = draft.answers().get(FundingPrinciple.DESIGNED_WITH_COMMUNITY).trim();
        this.outcomesFocused = draft.answers().get(FundingPrinciple.OUTCOMES_FOCUSED).trim();
        this.lastingImpact = draft.answers().get(FundingPrinciple.LASTING_IMPACT).trim();
        this.creativity = draft.answers().get(FundingPrinciple.CREATIVITY).trim();
        this.collaboration = draft.answers().get(FundingPrinciple.COLLABORATION).trim();
        this.budgetLines.clear();
        draft.budgetLines().forEach(line -> budgetLines.add(new BudgetLine(line.description().trim(), line.amountPence())));
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** The bank details as anyone may see them once entered, e.g. "•• •• 12 / ••••5678". */
    public String maskedBankDetails() {
        return mask(sortCode, accountNumber);
    }

    /** Masks a sort code and account number, keeping the last two and last four digits. */
    public static String mask(String sortCode, String accountNumber) {
        String sort = sortCode == null || sortCode.length() < 2 ? "••" : sortCode.substring(sortCode.length() - 2);
        String account = accountNumber == null || accountNumber.length() < 4 ? "••••"
                : accountNumber.substring(accountNumber.length() - 4);
        return "\u2022\u2022 \u2022\u2022 " + sort + " / \u2022\u2022\u2022\u2022" + account;
    }

    public Map<FundingPrinciple, String> answers() {
        Map<FundingPrinciple, String> answers = new EnumMap<>(FundingPrinciple.class);
        answers.put(FundingPrinciple.DESIGNED_WITH_COMMUNITY, designedWithCommunity);
        answers.put(FundingPrinciple.OUTCOMES_FOCUSED, outcomesFocused);
        answers.put(FundingPrinciple.LASTING_IMPACT, lastingImpact);
        answers.put(FundingPrinciple.CREATIVITY, creativity);
        answers.put(FundingPrinciple.COLLABORATION, collaboration);
        return answers;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContact() {
        return contact;
    }

    public String getSummary() {
        return summary;
    }

    public String getSafeguardingPolicy() {
        return safeguardingPolicy;
    }

    public List<BudgetLine> getBudgetLines() {
        return List.copyOf(budgetLines);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
