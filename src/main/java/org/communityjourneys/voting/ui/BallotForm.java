package org.communityjourneys.voting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaComments;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.voting.domain.BallotChoice;

/**
 * The ballot's controls for one journey: a card per shortlisted idea with a tick box (approval or
 * budget ballot) or a points field (points ballot), or one "1st choice", "2nd choice"... list per
 * rank (ranked ballot). Every control has a label; a running total says what is left.
 */
class BallotForm extends Div {

    private final BallotSettings settings;
    private final long budgetPence;
    private final List<Idea> ideas;
    private final Map<UUID, Checkbox> ticks = new LinkedHashMap<>();
    private final Map<UUID, IntegerField> points = new LinkedHashMap<>();
    private final List<ComboBox<Idea>> ranks = new ArrayList<>();
    final Span total = new Span();
    private final boolean discussionLinks;

    /** The form as staff use it to enter paper ballots: nothing but the choices in the tab order. */
    BallotForm(BallotSettings settings, long budgetPence, List<Idea> ideas) {
        this(settings, budgetPence, ideas, false);
    }

    /** With {@code discussionLinks}, each idea links to its discussion (the resident's ballot). */
    BallotForm(BallotSettings settings, long budgetPence, List<Idea> ideas, boolean discussionLinks) {
        this.discussionLinks = discussionLinks;
        this.settings = settings;
        this.budgetPence = budgetPence;
        this.ideas = ideas;
        addClassName("ballot-form");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)")
                .set("max-width", "40rem");
        total.setId("ballot-total");
        total.getElement().setAttribute("aria-live", "polite");
        total.getStyle().set("font-weight", "600");
        Paragraph budget = new Paragraph(getTranslation("ballot.budget", Moments.money(budgetPence)));
        budget.setId("ballot-budget");
        add(budget, new Paragraph(instructions()));

        if (settings.format() == BallotFormat.RANKED) {
            for (int rank = 1; rank <= Math.min(settings.maxPicks(), ideas.size()); rank++) {
                ComboBox<Idea> choice = new ComboBox<>(getTranslation("ballot.rankChoice", ordinal(rank)));
                choice.setId("rank-" + rank);
                choice.setItems(ideas);
                choice.setItemLabelGenerator(idea -> getTranslation("ballot.ideaWithCost", idea.getTitle(), Moments.money(idea.getEstimatedCostPence())));
                choice.setClearButtonVisible(true);
                choice.setWidthFull();
                choice.addValueChangeListener(event -> updateTotal());
                ranks.add(choice);
                add(choice);
            }
            for (Idea idea : ideas) {
                add(card(idea, null));
            }
        } else {
            for (Idea idea : ideas) {
                if (settings.format() == BallotFormat.CUMULATIVE) {
                    IntegerField field = new IntegerField(getTranslation("ballot.pointsFor", idea.getTitle()));
                    field.setId("points-" + idea.getId());
                    field.setMin(0);
                    field.setMax(settings.pointsCap());
                    field.setValue(0);
                    field.setStepButtonsVisible(true);
                    field.addValueChangeListener(event -> updateTotal());
                    points.put(idea.getId(), field);
                    add(card(idea, field));
                } else {
                    Checkbox tick = new Checkbox(getTranslation("ballot.voteFor", idea.getTitle()));
                    tick.setId("pick-" + idea.getId());
                    tick.addValueChangeListener(event -> updateTotal());
                    ticks.put(idea.getId(), tick);
                    add(card(idea, tick));
                }
            }
        }
        add(total);
        updateTotal();
    }

    private Div card(Idea idea, com.vaadin.flow.component.Component control) {
        Div card = new Div();
        card.addClassName("ballot-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("overflow-wrap", "anywhere");
        H3 title = new H3(idea.getTitle());
        title.getStyle().set("margin-top", "0");
        String ledBy = idea.getLedBy() == null || idea.getLedBy().isBlank() ? "" : " " + getTranslation("ballot.ledBy", idea.getLedBy());
        Paragraph cost = new Paragraph(getTranslation("ballot.cost", Moments.money(idea.getEstimatedCostPence())) + ledBy);
        card.add(title, new Paragraph(idea.getDescription()), cost);
        if (discussionLinks) {
            // in a new tab, so that a half-made ballot stays as it is
            Anchor discussion = new Anchor(IdeaComments.pathOf(idea.getJourneyId(), idea.getId()).substring(1),
                    getTranslation("ballot.discussion"));
            discussion.setTarget("_blank");
            discussion.setId("ballot-discussion-" + idea.getId());
            card.add(new Paragraph(discussion));
        }
        if (control != null) {
            card.add(control);
        }
        return card;
    }

    private String instructions() {
        return switch (settings.format()) {
            case APPROVAL -> getTranslation("ballot.instructions.approval", number(settings.minPicks()), number(settings.maxPicks()));
            case KNAPSACK -> getTranslation("ballot.instructions.knapsack", Moments.money(budgetPence));
            case CUMULATIVE -> getTranslation("ballot.instructions.cumulative", number(settings.points()), number(settings.pointsCap()));
            case RANKED -> getTranslation("ballot.instructions.ranked", number(settings.maxPicks()));
        };
    }

    /** "1st", "2nd"... ("1af", "2il"... in Welsh). */
    private String ordinal(int rank) {
        String key = "ballot.ordinal." + rank;
        return Translations.has(key) ? getTranslation(key) : getTranslation("ballot.ordinal.other", number(rank));
    }

    /** A count as the English texts always wrote it (no thousands separator), the same in Welsh. */
    private static String number(long count) {
        return String.valueOf(count);
    }

    /** What is ticked, pointed or ranked now. */
    BallotChoice choice() {
        if (settings.format() == BallotFormat.CUMULATIVE) {
            Map<UUID, Integer> given = new LinkedHashMap<>();
            points.forEach((idea, field) -> given.put(idea, field.getValue() == null ? 0 : field.getValue()));
            return BallotChoice.points(given);
        }
        if (settings.format() == BallotFormat.RANKED) {
            return BallotChoice.picking(ranks.stream().filter(rank -> rank.getValue() != null)
                    .map(rank -> rank.getValue().getId()).toList());
        }
        return BallotChoice.picking(ticks.entrySet().stream().filter(entry -> entry.getValue().getValue())
                .map(Map.Entry::getKey).toList());
    }

    /** The choice in words, for the confirmation. */
    List<String> summary() {
        BallotChoice choice = choice();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < choice.ideas().size(); i++) {
            String title = titleOf(choice.ideas().get(i));
            if (choice.hasPoints()) {
                lines.add(getTranslation("ballot.pointsLine", title, number(choice.points().get(i))));
            } else if (settings.format() == BallotFormat.RANKED) {
                lines.add(getTranslation("ballot.rankedLine", ordinal(i + 1), title));
            } else {
                lines.add(title);
            }
        }
        return lines;
    }

    private String titleOf(UUID id) {
        return ideas.stream().filter(idea -> idea.getId().equals(id)).map(Idea::getTitle).findFirst().orElse("?");
    }

    private void updateTotal() {
        BallotChoice choice = choice();
        total.setText(switch (settings.format()) {
            case APPROVAL, RANKED -> {
                int left = settings.maxPicks() - choice.ideas().size();
                yield getTranslation(left == 1 ? "ballot.total.picksLeftOne" : "ballot.total.picksLeft",
                        number(choice.ideas().size()), number(Math.max(left, 0)));
            }
            case KNAPSACK -> {
                long cost = ideas.stream().filter(idea -> choice.ideas().contains(idea.getId()))
                        .mapToLong(Idea::getEstimatedCostPence).sum();
                yield cost > budgetPence
                        ? getTranslation("ballot.total.overBudget", Moments.money(cost), Moments.money(budgetPence))
                        : getTranslation("ballot.total.budgetLeft", Moments.money(cost), Moments.money(budgetPence),
                                Moments.money(budgetPence - cost));
            }
            case CUMULATIVE -> getTranslation("ballot.total.points", number(choice.totalPoints()), number(settings.points()),
                    number(Math.max(settings.points() - choice.totalPoints(), 0)));
        });
    }
}
