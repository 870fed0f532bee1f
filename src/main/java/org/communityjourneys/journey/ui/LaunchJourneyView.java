package org.communityjourneys.journey.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.journey.service.LaunchRefused;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.ui.BritishDates;

/** A facilitator opens a journey: wards, theme, budget from the chest and the key dates. */
@TaskScreen(JourneyService.LAUNCH_SCREEN)
@Route("journeys/launch")
@PageTitle("Launch a journey | Community Journeys")
@Menu(title = "Launch journey", order = 20, icon = "vaadin:rocket")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class LaunchJourneyView extends Main {

    static final ZoneId UK_TIME = ZoneId.of("Europe/London");
    static final String BUDGET_PENCE_PROBLEM = "Give the budget in pounds and pence (at most two decimal places).";

    private final JourneyService journeys;
    private final CurrentUser currentUser;

    final TextField title = new TextField("Title");
    final MultiSelectComboBox<Ward> wards = new MultiSelectComboBox<>("Wards");
    final ComboBox<Theme> theme = new ComboBox<>("Theme");
    final BigDecimalField budget = new BigDecimalField("Budget");
    final DateTimePicker ideasCloseAt = BritishDates.dateTimePicker("Ideas deadline");
    final DateTimePicker voteOpensAt = BritishDates.dateTimePicker("Vote opens");
    final DateTimePicker voteClosesAt = BritishDates.dateTimePicker("Vote closes");
    final ComboBox<BallotFormat> ballotFormat = new ComboBox<>("Ballot format");
    final IntegerField minPicks = new IntegerField("Fewest picks");
    final IntegerField maxPicks = new IntegerField("Most picks");
    final IntegerField points = new IntegerField("Points each voter shares out");
    final IntegerField pointsCap = new IntegerField("Most points for one idea");
    final ComboBox<String> tallyRule = new ComboBox<>("Tally rule");
    final MultiSelectComboBox<AgeBand> voterAgeBands = new MultiSelectComboBox<>("Who can vote, by age");
    final Button launch = new Button("Launch journey");
    final Div problems = new Div();

    public LaunchJourneyView(JourneyService journeys, WardDirectory wardDirectory, CurrentUser currentUser) {
        this.journeys = journeys;
        this.currentUser = currentUser;
        addClassNames("page", "launch-journey");

        title.setId("journey-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setHelperText("Say what the journey is about and where, e.g. \"Best start in Abbey and Westgate\".");

        wards.setId("journey-wards");
        wards.setItems(wardDirectory.all());
        wards.setItemLabelGenerator(Ward::getName);
        wards.setRequiredIndicatorVisible(true);
        wards.setPlaceholder("Type a ward name");
        wards.setHelperText("One ward or several neighbouring wards.");

        theme.setId("journey-theme");
        theme.setItems(themesPrioritiesFirst());
        theme.setItemLabelGenerator(LaunchJourneyView::themeLabel);
        theme.setRequiredIndicatorVisible(true);
        theme.setHelperText("The two strategy priorities come first.");

        budget.setId("journey-budget");
        budget.setPrefixComponent(new Span("£"));
        budget.setRequiredIndicatorVisible(true);
        budget.setHelperText("Reserved from the community chest, in pounds.");

        for (DateTimePicker picker : List.of(ideasCloseAt, voteOpensAt, voteClosesAt)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setRequiredIndicatorVisible(true);
            picker.setHelperText("UK time");
        }
        title.setManualValidation(true);
        wards.setManualValidation(true);
        theme.setManualValidation(true);
        budget.setManualValidation(true);
        ideasCloseAt.setManualValidation(true);
        voteOpensAt.setManualValidation(true);
        voteClosesAt.setManualValidation(true);
        ideasCloseAt.setId("ideas-close-at");
        voteOpensAt.setId("vote-opens-at");
        voteClosesAt.setId("vote-closes-at");

        BallotSettings defaults = BallotSettings.defaults();
        ballotFormat.setId("ballot-format");
        ballotFormat.setItems(BallotFormat.values());
        ballotFormat.setItemLabelGenerator(BallotFormat::label);
        ballotFormat.setValue(defaults.format());
        ballotFormat.setRequiredIndicatorVisible(true);
        ballotFormat.addValueChangeListener(event -> showBallotFields());
        minPicks.setId("ballot-min-picks");
        minPicks.setValue(defaults.minPicks());
        minPicks.setMin(0);
        minPicks.setStepButtonsVisible(true);
        maxPicks.setId("ballot-max-picks");
        maxPicks.setValue(defaults.maxPicks());
        maxPicks.setMin(1);
        maxPicks.setStepButtonsVisible(true);
        points.setId("ballot-points");
        points.setValue(defaults.points());
        points.setMin(1);
        pointsCap.setId("ballot-points-cap");
        pointsCap.setValue(defaults.pointsCap());
        pointsCap.setMin(1);
        tallyRule.setId("tally-rule");
        tallyRule.setItems("mes", "greedy", "greedy-per-cost");
        tallyRule.setItemLabelGenerator(LaunchJourneyView::ruleLabel);
        tallyRule.setValue(defaults.rule());
        tallyRule.setRequiredIndicatorVisible(true);
        tallyRule.setHelperText("Equal Shares funds ideas in proportion to who voted for them.");
        voterAgeBands.setId("voter-age-bands");
        voterAgeBands.setItems(AgeBand.values());
        voterAgeBands.setItemLabelGenerator(AgeBand::label);
        voterAgeBands.setPlaceholder("Every age");
        voterAgeBands.setHelperText("Leave empty to let every resident vote, or choose the age bands that may vote.");
        for (HasValidation field : List.of(ballotFormat, minPicks, maxPicks, points, pointsCap, tallyRule)) {
            field.setManualValidation(true);
        }
        showBallotFields();

        launch.setId("launch-button");
        launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        launch.addClickListener(event -> launch());
        launch.setDisableOnClick(true);

        problems.setId("launch-problems");
        problems.addClassName("launch-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.add(title, 2);
        form.add(wards, 2);
        form.add(theme, budget);
        form.add(ideasCloseAt, 2);
        form.add(voteOpensAt, voteClosesAt);

        FormLayout vote = new FormLayout();
        vote.setId("vote-settings");
        vote.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        vote.add(ballotFormat, 2);
        vote.add(minPicks, maxPicks);
        vote.add(points, pointsCap);
        vote.add(tallyRule, 2);
        vote.add(voterAgeBands, 2);

        add(new H1("Launch a journey"),
                new Paragraph("A journey starts with ward showcase conversations, then residents put forward ideas "
                        + "until the ideas deadline, and vote between the vote opening and closing."),
                problems, form, new H2("Vote"), vote, launch);
    }

    private static List<Theme> themesPrioritiesFirst() {
        List<Theme> ordered = new ArrayList<>();
        for (Theme each : Theme.values()) {
            if (each.isStrategyPriority()) {
                ordered.add(each);
            }
        }
        for (Theme each : Theme.values()) {
            if (!each.isStrategyPriority()) {
                ordered.add(each);
            }
        }
        return ordered;
    }

    static String ruleLabel(String rule) {
        return switch (rule) {
            case "mes" -> "Method of Equal Shares (proportional)";
            case "greedy" -> "Most votes first";
            case "greedy-per-cost" -> "Most votes per pound first";
            default -> rule;
        };
    }

    private void showBallotFields() {
        maxPicks.setHelperText(mostPicksHelp(ballotFormat.getValue()));
        boolean cumulative = ballotFormat.getValue() == BallotFormat.CUMULATIVE;
        points.setVisible(cumulative);
        pointsCap.setVisible(cumulative);
    }

    /** What "Most picks" means for the chosen ballot format. */
    static String mostPicksHelp(BallotFormat format) {
        if (format == null) {
            return "Choose a ballot format first.";
        }
        return switch (format) {
            case APPROVAL -> "How many ideas each voter may tick at most.";
            case RANKED -> "How many ideas each voter puts in order, favourite first.";
            case CUMULATIVE -> "How many ideas each voter may give points to at most.";
            case KNAPSACK -> "Not used: on a budget ballot the ideas chosen only have to fit the budget.";
        };
    }

    private BallotSettings ballot() {
        BallotSettings defaults = BallotSettings.defaults();
        return new BallotSettings(ballotFormat.getValue(), valueOr(minPicks, -1), valueOr(maxPicks, 0),
                valueOr(points, 0), valueOr(pointsCap, 0), tallyRule.getValue(), defaults.utility(),
                defaults.completion(), defaults.tieBreak());
    }

    private static int valueOr(IntegerField field, int missing) {
        return field.getValue() == null ? missing : field.getValue();
    }

    static String themeLabel(Theme theme) {
        return theme.isStrategyPriority() ? theme.label() + " (strategy priority)" : theme.label();
    }

    void launch() {
        clearProblems();
        try {
            BigDecimal pounds = budget.getValue();
            if (pounds != null && pounds.stripTrailingZeros().scale() > 2) {
                List<String> found = new ArrayList<>(plan(100).problems(Instant.now()));
                found.add(BUDGET_PENCE_PROBLEM);
                showProblems(found);
                return;
            }
            long pence = pounds == null ? 0 : Money.penceOf(pounds);
            Journey journey = journeys.launch(plan(pence), currentUser.require());
            Notification.show("Journey launched: " + journey.getTitle(), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journey.getId()));
        } catch (LaunchRefused refused) {
            showProblems(refused.problems());
        } finally {
            launch.setEnabled(true);
        }
    }

    private LaunchPlan plan(long budgetPence) {
        Set<String> wardCodes = new LinkedHashSet<>();
        wards.getSelectedItems().forEach(ward -> wardCodes.add(ward.getCode()));
        return new LaunchPlan(title.getValue(), wardCodes, theme.getValue(), budgetPence,
                ukInstant(ideasCloseAt.getValue()), ukInstant(voteOpensAt.getValue()),
                ukInstant(voteClosesAt.getValue()), ballot()).withVoterAgeBands(voterAgeBands.getSelectedItems());
    }

    static Instant ukInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(UK_TIME).toInstant();
    }

    private void showProblems(List<String> found) {
        Map<HasValidation, List<String>> byField = new LinkedHashMap<>();
        for (String problem : found) {
            for (HasValidation field : fieldsFor(problem)) {
                byField.computeIfAbsent(field, key -> new ArrayList<>()).add(problem);
            }
        }
        byField.forEach((field, messages) -> {
            field.setErrorMessage(String.join(" ", messages));
            field.setInvalid(true);
        });
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(problem)));
        problems.removeAll();
        problems.add(new Paragraph("The journey was not launched. Please fix:"), list);
        problems.setVisible(true);
    }

    /** Which field a problem of {@link LaunchPlan#problems} is about, judged by its words. */
    private List<HasValidation> fieldsFor(String problem) {
        String text = problem.toLowerCase(Locale.UK);
        List<HasValidation> fields = new ArrayList<>();
        if (text.contains("title")) {
            fields.add(title);
        } else if (text.contains("ward")) {
            fields.add(wards);
        } else if (text.contains("theme")) {
            fields.add(theme);
        } else if (text.contains("budget")) {
            fields.add(budget);
        } else if (text.startsWith("set the ideas deadline")) {
            for (DateTimePicker picker : List.of(ideasCloseAt, voteOpensAt, voteClosesAt)) {
                if (picker.isEmpty()) {
                    fields.add(picker);
                }
            }
        } else if (text.contains("vote cannot open")) {
            fields.add(voteOpensAt);
        } else if (text.contains("vote must close")) {
            fields.add(voteClosesAt);
        } else if (text.contains("ideas deadline")) {
            fields.add(ideasCloseAt);
        } else if (text.contains("ballot format")) {
            fields.add(ballotFormat);
        } else if (text.contains("picks") || text.contains("pick.")) {
            fields.add(text.contains("fewest") ? minPicks : maxPicks);
        } else if (text.contains("cap")) {
            fields.add(pointsCap);
        } else if (text.contains("point")) {
            fields.add(points);
        } else if (text.contains("tally rule")) {
            fields.add(tallyRule);
        }
        return fields;
    }

    private void clearProblems() {
        for (Component field : List.of(title, wards, theme, budget, ideasCloseAt, voteOpensAt, voteClosesAt,
                ballotFormat, minPicks, maxPicks, points, pointsCap, tallyRule)) {
            ((HasValidation) field).setInvalid(false);
            ((HasValidation) field).setErrorMessage(null);
        }
        problems.removeAll();
        problems.setVisible(false);
    }
}
