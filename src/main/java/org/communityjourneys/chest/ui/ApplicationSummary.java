package org.communityjourneys.chest.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.communityjourneys.chest.domain.BudgetLine;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.SubmittedApplication;
import org.communityjourneys.shared.domain.Money;

/**
 * A grant application as the panel, the chair and the board read it: who asks, how much, the
 * budget, safeguarding, the answers to the five principles. Bank details only ever masked.
 */
class ApplicationSummary extends Div {

    ApplicationSummary(Grant grant, Optional<SubmittedApplication> found) {
        setId("application-summary");
        add(new H2("The application"));
        DescriptionList facts = new DescriptionList();
        fact(facts, "Idea", grant.getTitle());
        fact(facts, "Amount asked", Money.format(grant.getAmountPence()));
        fact(facts, "Group or organisation", grant.getOrganisation());
        fact(facts, "Contact", grant.getContact());
        fact(facts, "What it is for", grant.getSummary());
        fact(facts, "Works with children or vulnerable adults", grant.isChildrenOrVulnerableAdults() ? "Yes" : "No");
        fact(facts, "First-time group", grant.isFirstTimeGroup() ? "Yes" : "No");
        found.ifPresent(application -> {
            fact(facts, "Bank details", application.maskedBankDetails());
            if (application.getSafeguardingPolicy() != null) {
                fact(facts, "Safeguarding policy", application.getSafeguardingPolicy());
            }
        });
        add(facts);
        if (found.isEmpty()) {
            add(new Paragraph("The full application (budget and principles) was not made on the application screen."));
            return;
        }
        SubmittedApplication application = found.get();
        add(new H3("Budget"));
        UnorderedList budget = new UnorderedList();
        budget.setId("application-budget");
        for (BudgetLine line : application.getBudgetLines()) {
            budget.add(new ListItem(line.getDescription() + ": " + Money.format(line.getAmountPence())));
        }
        add(budget);
        add(new H3("The five funding principles"));
        DescriptionList answers = new DescriptionList();
        answers.setId("application-principles");
        application.answers().forEach((principle, answer) -> fact(answers, principle.label(), answer));
        add(answers);
    }

    static String answerOf(Optional<SubmittedApplication> application, FundingPrinciple principle) {
        return application.map(found -> found.answers().get(principle)).orElse("(no answer on record)");
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description == null ? "" : description));
    }
}
