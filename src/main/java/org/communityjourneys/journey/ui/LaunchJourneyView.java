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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import java.util.Map;
import java.util.Set;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.domain.LaunchProblem;
import org.communityjourneys.journey.domain.LaunchProblem.Field;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.journey.service.LaunchRefused;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.ui.BritishDates;
import org.communityjourneys.shared.ui.Translations;

/** A facilitator opens a journey: wards, theme, budget from the chest and the key dates. */
@TaskScreen(JourneyService.LAUNCH_SCREEN)
@Route("journeys/launch")
@Menu(title = "Launch journey", order = 20, icon = "vaadin:rocket")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class LaunchJourneyView extends Main implements HasDynamicTitle {

    static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private final JourneyService journeys;
    private final CurrentUser currentUser;

    final TextField title = new TextField(getTranslation("launch.field.title"));
    final MultiSelectComboBox<Ward> wards = new MultiSelectComboBox<>(getTranslation("launch.field.wards"));
    final ComboBox<Theme> theme = new ComboBox<>(getTranslation("launch.field.theme"));
    final BigDecimalField budget = new BigDecimalField(getTranslation("launch.field.budget"));
    final DateTimePicker ideasCloseAt = BritishDates.dateTimePicker(getTranslation("launch.field.ideasCloseAt"));
    final DateTimePicker voteOpensAt = BritishDates.dateTimePicker(getTranslation("launch.field.voteOpensAt"));
    final DateTimePicker voteClosesAt = BritishDates.dateTimePicker(getTranslation("launch.field.voteClosesAt"));
    final ComboBox<BallotFormat> ballotFormat = new ComboBox<>(getTranslation("launch.field.ballotFormat"));
    final IntegerField minPicks = new IntegerField(getTranslation("launch.field.minPicks"));
    final IntegerField maxPicks = new IntegerField(getTranslation("launch.field.maxPicks"));
    final IntegerField points = new IntegerField(getTranslation("launch.field.points"));
    final IntegerField pointsCap = new IntegerField(getTranslation("launch.field.pointsCap"));
    final ComboBox<String> tallyRule = new ComboBox<>(getTranslation("launch.field.tallyRule"));
    final MultiSelectComboBox<AgeBand> voterAgeBands = new MultiSelectComboBox<>(getTranslation("launch.field.voterAgeBands"));
    final Button launch = new Button(getTranslation("launch.button"));
    final Div problems = new Div();

    public LaunchJourneyView(JourneyService journeys, WardDirectory wardDirectory, CurrentUser currentUser) {
        this.journeys = journeys;
        this.currentUser = currentUser;
        addClassNames("page", "launch-journey");

        title.setId("journey-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setHelperText(getTranslation("launch.field.titleHelper"));

        wards.setId("journey-wards");
        wards.setItems(wardDirectory.all());
        wards.setItemLabelGenerator(Ward::getName);
        wards.setRequiredIndicatorVisible(true);
        wards.setPlaceholder(getTranslation("launch.field.wardsPlaceholder"));
        wards.setHelperText(getTranslation("launch.field.wardsHelper"));

        theme.setId("journey-theme");
        theme.setItems(themesPrioritiesFirst());
        theme.setItemLabelGenerator(LaunchJourneyView::themeLabel);
        theme.setRequiredIndicatorVisible(true);
        theme.setHelperText(getTranslation("launch.field.themeHelper"));

        budget.setId("journey-budget");
        budget.setPrefixComponent(new Span("£"));
        budget.setRequiredIndicatorVisible(true);
        budget.setHelperText(getTranslation("launch.field.budgetHelper"));

        for (DateTimePicker picker : List.of(ideasCloseAt, voteOpensAt, voteClosesAt)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setRequiredIndicatorVisible(true);
            picker.setHelperText(getTranslation("launch.field.ukTime"));
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
        ballotFormat.setItemLabelGenerator(LaunchJourneyView::formatLabel);
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
        tallyRule.setHelperText(getTranslation("launch.field.tallyRuleHelper"));
        voterAgeBands.setId("voter-age-bands");
        voterAgeBands.setItems(AgeBand.values());
        voterAgeBands.setItemLabelGenerator(band -> Translations.label("ageBand", band, band.label()));
        voterAgeBands.setPlaceholder(getTranslation("launch.field.everyAge"));
        voterAgeBands.setHelperText(getTranslation("launch.field.voterAgeBandsHelper"));
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

        add(new H1(getTranslation("launch.heading")), new Paragraph(getTranslation("launch.intro")),
                problems, form, new H2(getTranslation("launch.vote")), vote, launch);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("launch.pageName"));
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
            case "mes" -> Translations.text("launch.rule.mes");
            case "greedy" -> Translations.text("launch.rule.greedy");
            case "greedy-per-cost" -> Translations.text("launch.rule.greedyPerCost");
            default -> rule;
        };
    }

    static String formatLabel(BallotFormat format) {
        return Translations.label("launch.ballotFormat", format, format.label());
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
            return Translations.text("launch.mostPicks.noFormat");
        }
        return Translations.text("launch.mostPicks." + format.name());
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
        String label = Translations.label("theme", theme, theme.label());
        return theme.isStrategyPriority() ? Translations.text("journey.strategyPriority", label) : label;
    }

    void launch() {
        clearProblems();
        try {
            BigDecimal pounds = budget.getValue();
            if (pounds != null && pounds.stripTrailingZeros().scale() > 2) {
                List<LaunchProblem> found = new ArrayList<>(plan(100).wordedProblems(Instant.now()));
                found.add(LaunchProblem.of(Field.BUDGET, "launch.problem.budgetPence"));
                showProblems(found);
                return;
            }
            long pence = pounds == null ? 0 : Money.penceOf(pounds);
            Journey journey = journeys.launch(plan(pence), currentUser.require());
            Notification.show(getTranslation("launch.launched", journey.getTitle()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("journeys/" + journey.getId()));
        } catch (LaunchRefused refused) {
            showProblems(refused.wordedProblems());
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

    private void showProblems(List<LaunchProblem> found) {
        Map<HasValidation, List<String>> byField = new LinkedHashMap<>();
        for (LaunchProblem problem : found) {
            for (HasValidation field : fieldsFor(problem.field())) {
                byField.computeIfAbsent(field, key -> new ArrayList<>()).add(problem.in(getLocale()));
            }
        }
        byField.forEach((field, messages) -> {
            field.setErrorMessage(String.join(" ", messages));
            field.setInvalid(true);
        });
        UnorderedList list = new UnorderedList();
        found.forEach(problem -> list.add(new ListItem(problem.in(getLocale()))));
        problems.removeAll();
        problems.add(new Paragraph(getTranslation("launch.notLaunched")), list);
        problems.setVisible(true);
    }

    /** The fields of the screen a problem of {@link LaunchPlan#wordedProblems} is about. */
    private List<HasValidation> fieldsFor(Field field) {
        return switch (field) {
            case TITLE -> List.of(title);
            case WARDS -> List.of(wards);
            case THEME -> List.of(theme);
            case BUDGET -> List.of(budget);
            case EMPTY_DATES -> emptyDates();
            case IDEAS_CLOSE -> List.of(ideasCloseAt);
            case VOTE_OPENS -> List.of(voteOpensAt);
            case VOTE_CLOSES -> List.of(voteClosesAt);
            case BALLOT_FORMAT -> List.of(ballotFormat);
            case FEWEST_PICKS -> List.of(minPicks);
            case MOST_PICKS -> List.of(maxPicks);
            case POINTS -> List.of(points);
            case POINTS_CAP -> List.of(pointsCap);
            case TALLY_RULE -> List.of(tallyRule);
            case NONE -> List.of();
        };
    }

    private List<HasValidation> emptyDates() {
        List<HasValidation> empty = new ArrayList<>();
        for (DateTimePicker picker : List.of(ideasCloseAt, voteOpensAt, voteClosesAt)) {
            if (picker.isEmpty()) {
                empty.add(picker);
            }
        }
        return empty;
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
