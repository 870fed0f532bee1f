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
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/**
 * A grant application as the panel, the chair and the board read it: who asks, how much, the
 * budget, safeguarding, the answers to the five principles. Bank details only ever masked.
 */
class ApplicationSummary extends Div {

    ApplicationSummary(Grant grant, Optional<SubmittedApplication> found) {
        setId("application-summary");
        add(new H2(getTranslation("chest.summary.heading")));
        DescriptionList facts = new DescriptionList();
        fact(facts, getTranslation("chest.summary.idea"), grant.getTitle());
        fact(facts, getTranslation("chest.summary.amountAsked"), Moments.money(grant.getAmountPence()));
        fact(facts, getTranslation("chest.summary.organisation"), grant.getOrganisation());
        fact(facts, getTranslation("chest.summary.contact"), grant.getContact());
        fact(facts, getTranslation("chest.summary.purpose"), grant.getSummary());
        fact(facts, getTranslation("chest.summary.childrenOrVulnerableAdults"), yesOrNo(grant.isChildrenOrVulnerableAdults()));
        fact(facts, getTranslation("chest.summary.firstTimeGroup"), yesOrNo(grant.isFirstTimeGroup()));
        found.ifPresent(application -> {
            fact(facts, getTranslation("chest.summary.bankDetails"), application.maskedBankDetails());
            if (application.getSafeguardingPolicy() != null) {
                fact(facts, getTranslation("chest.summary.safeguarding"), application.getSafeguardingPolicy());
            }
        });
        add(facts);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("chest.summary.notOnScreen")));
            return;
        }
        SubmittedApplication application = found.get();
        add(new H3(getTranslation("chest.summary.budget")));
        UnorderedList budget = new UnorderedList();
        budget.setId("application-budget");
        for (BudgetLine line : application.getBudgetLines()) {
            budget.add(new ListItem(getTranslation("chest.summary.budgetLine", line.getDescription(),
                    Moments.money(line.getAmountPence()))));
        }
        add(budget);
        add(new H3(getTranslation("chest.summary.principles")));
        DescriptionList answers = new DescriptionList();
        answers.setId("application-principles");
        application.answers().forEach((principle, answer) -> fact(answers, principleName(principle), answer));
        add(answers);
    }

    static String answerOf(Optional<SubmittedApplication> application, FundingPrinciple principle) {
        return application.map(found -> found.answers().get(principle)).orElse(Translations.text("chest.summary.noAnswer"));
    }

    /** A funding principle's name in the UI's language. */
    static String principleName(FundingPrinciple principle) {
        return Translations.label("chest.principle", principle, principle.label());
    }

    private String yesOrNo(boolean yes) {
        return getTranslation(yes ? "chest.yes" : "chest.no");
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description == null ? "" : description));
    }
}
