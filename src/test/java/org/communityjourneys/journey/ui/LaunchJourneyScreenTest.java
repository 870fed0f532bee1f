package org.communityjourneys.journey.ui;

import org.communityjourneys.support.SpringMockVaadin;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.communityjourneys.identity.domain.AgeBand;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.BallotSettings;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Ward;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The launch screen, driven as a facilitator would: valid plans start a journey, bad ones store nothing. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class LaunchJourneyScreenTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void openLaunchScreen() {
        SpringMockVaadin.setUp(context, LaunchJourneyView.class, JourneysView.class, JourneyView.class);
        UI.getCurrent().navigate(LaunchJourneyView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    void aValidPlanStoresTheJourneyStartsItsProcessAndOpensItsPage() {
        int before = journeys.all().size();
        fillInValidPlan();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("launch-button")));

        assertThat(journeys.all()).hasSize(before + 1);
        Journey launched = journeys.all().get(0);
        assertThat(launched.getTitle()).isEqualTo("Best start in two wards");
        assertThat(launched.getLaunchedBy()).isEqualTo("facilitator");
        assertThat(launched.getBudgetPence()).isEqualTo(1_250_050L);
        assertThat(launched.getTheme()).isEqualTo(Theme.BEST_START_IN_LIFE);
        assertThat(launched.getWardCodes()).hasSize(2);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(launched.getId().toString()).singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getProcessDefinitionId()).startsWith("community-journey:");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("journeys/" + launched.getId());
        _get(JourneyView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("journey-heading")).getText())
                .isEqualTo("Best start in two wards");
    }

    @Test
    void theMostPicksHelpFollowsTheChosenBallotFormat() {
        ComboBox<?> format = _get(ComboBox.class, spec -> spec.withId("ballot-format"));
        IntegerField mostPicks = _get(IntegerField.class, spec -> spec.withId("ballot-max-picks"));
        assertThat(mostPicks.getHelperText()).as("approval is the default").isEqualTo("How many ideas each voter may tick at most.");
        _get(ComboBox.class, spec -> spec.withId("ballot-format")).setValue(BallotFormat.RANKED);
        assertThat(mostPicks.getHelperText()).isEqualTo("How many ideas each voter puts in order, favourite first.");
        _get(ComboBox.class, spec -> spec.withId("ballot-format")).setValue(BallotFormat.APPROVAL);
        assertThat(mostPicks.getHelperText()).doesNotContain("ranked").doesNotContain("order");
        assertThat(format.getValue()).isEqualTo(BallotFormat.APPROVAL);
    }

    @Test
    void theBallotChosenAtLaunchIsStoredWithTheJourney() {
        fillInValidPlan();
        _get(ComboBox.class, spec -> spec.withId("ballot-format")).setValue(BallotFormat.KNAPSACK);
        _get(IntegerField.class, spec -> spec.withId("ballot-min-picks")).setValue(2);
        _get(IntegerField.class, spec -> spec.withId("ballot-max-picks")).setValue(4);
        _get(ComboBox.class, spec -> spec.withId("tally-rule")).setValue("greedy-per-cost");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("launch-button")));

        BallotSettings ballot = journeys.all().get(0).getBallotSettings();
        assertThat(ballot.format()).isEqualTo(BallotFormat.KNAPSACK);
        assertThat(ballot.minPicks()).isEqualTo(2);
        assertThat(ballot.maxPicks()).isEqualTo(4);
        assertThat(ballot.rule()).isEqualTo("greedy-per-cost");
        assertThat(ballot.completion()).isEqualTo("add1");
        assertThat(journeys.all().get(0).getVoterAgeBands()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theAgeBandsThatMayVoteAreStoredWithTheJourney() {
        fillInValidPlan();
        ((MultiSelectComboBox<AgeBand>) _get(MultiSelectComboBox.class, spec -> spec.withId("voter-age-bands")))
                .setValue(Set.of(AgeBand.AGE_16_17, AgeBand.AGE_18_24));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("launch-button")));

        assertThat(journeys.all().get(0).getVoterAgeBands()).containsExactlyInAnyOrder(AgeBand.AGE_16_17, AgeBand.AGE_18_24);
    }

    @Test
    void moreFewestPicksThanMostPicksIsRefusedOnThePicksField() {
        fillInValidPlan();
        int before = journeys.all().size();
        _get(IntegerField.class, spec -> spec.withId("ballot-min-picks")).setValue(5);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("launch-button")));

        assertThat(journeys.all()).hasSize(before);
        assertThat(_get(IntegerField.class, spec -> spec.withId("ballot-min-picks")).getErrorMessage())
                .isEqualTo("The fewest picks on a ballot cannot be more than the most picks.");
    }

    @Test
    void aBudgetOfZeroIsRefusedOnTheBudgetField() {
        fillInValidPlan();
        _get(BigDecimalField.class, spec -> spec.withId("journey-budget")).setValue(BigDecimal.ZERO);

        assertRefused("The budget must be more than £0.");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("journey-budget")).isInvalid()).isTrue();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("journey-budget")).getErrorMessage())
                .isEqualTo("The budget must be more than £0.");
    }

    @Test
    void aNegativeBudgetIsRefused() {
        fillInValidPlan();
        _get(BigDecimalField.class, spec -> spec.withId("journey-budget")).setValue(new BigDecimal("-500"));

        assertRefused("The budget must be more than £0.");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("journey-budget")).isInvalid()).isTrue();
    }

    @Test
    void aVoteOpeningBeforeTheIdeasDeadlineIsRefused() {
        fillInValidPlan();
        LocalDateTime ideasClose = _get(DateTimePicker.class, spec -> spec.withId("ideas-close-at")).getValue();
        _get(DateTimePicker.class, spec -> spec.withId("vote-opens-at")).setValue(ideasClose.minusDays(1));

        assertRefused("The vote cannot open before the ideas deadline.");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("vote-opens-at")).isInvalid()).isTrue();
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("ideas-close-at")).isInvalid()).isFalse();
    }

    @Test
    void aVoteClosingBeforeItOpensIsRefused() {
        fillInValidPlan();
        LocalDateTime opens = _get(DateTimePicker.class, spec -> spec.withId("vote-opens-at")).getValue();
        _get(DateTimePicker.class, spec -> spec.withId("vote-closes-at")).setValue(opens.minusHours(1));

        assertRefused("The vote must close after it opens.");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("vote-closes-at")).isInvalid()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void noWardIsRefused() {
        fillInValidPlan();
        _get(MultiSelectComboBox.class, spec -> spec.withId("journey-wards")).clear();

        assertRefused("Choose at least one ward.");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("journey-wards")).isInvalid()).isTrue();
    }

    @Test
    void everyProblemIsListedAtOnce() {
        int before = journeys.all().size();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("launch-button")));

        assertThat(journeys.all()).hasSize(before);
        String shown = _get(Div.class, spec -> spec.withId("launch-problems")).getElement().getTextRecursively();
        assertThat(shown).contains("Give the journey a title.", "Choose at least one ward.", "Choose a theme.",
                "The budget must be more than £0.", "Set the ideas deadline, the vote opening and the vote closing.");
        assertThat(_get(TextField.class, spec -> spec.withId("journey-title")).isInvalid()).isTrue();
    }

    @Test
    void wardsOfferTheWholeCountyAndThemesPutThePrioritiesFirst() {
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Ward> wards = _get(MultiSelectComboBox.class, spec -> spec.withId("journey-wards"));
        assertThat(wards.getListDataView().getItemCount()).isEqualTo(53);
        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("journey-theme"));
        assertThat(theme.getListDataView().getItems().limit(2))
                .allMatch(Theme::isStrategyPriority);
        assertThat(theme.getItemLabelGenerator().apply(Theme.MENTAL_WELLBEING))
                .isEqualTo("Good mental wellbeing throughout life (strategy priority)");
    }

    private void assertRefused(String problem) {
        int before = journeys.all().size();
        long instancesBefore = runtime.createProcessInstanceQuery().count();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("launch-button")));

        assertThat(journeys.all()).hasSize(before);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        Div problems = _get(Div.class, spec -> spec.withId("launch-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).contains(problem);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("journeys/launch");
    }

    @SuppressWarnings("unchecked")
    private void fillInValidPlan() {
        _get(TextField.class, spec -> spec.withId("journey-title")).setValue("Best start in two wards");
        MultiSelectComboBox<Ward> wards = _get(MultiSelectComboBox.class, spec -> spec.withId("journey-wards"));
        wards.select(wards.getListDataView().getItems().limit(2).toList());
        ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("journey-theme"));
        theme.setValue(Theme.BEST_START_IN_LIFE);
        _get(BigDecimalField.class, spec -> spec.withId("journey-budget")).setValue(new BigDecimal("12500.50"));
        LocalDateTime ideasClose = LocalDateTime.now(UK).plusDays(21).truncatedTo(ChronoUnit.HOURS);
        _get(DateTimePicker.class, spec -> spec.withId("ideas-close-at")).setValue(ideasClose);
        _get(DateTimePicker.class, spec -> spec.withId("vote-opens-at")).setValue(ideasClose.plusDays(7));
        _get(DateTimePicker.class, spec -> spec.withId("vote-closes-at")).setValue(ideasClose.plusDays(14));
    }
}
