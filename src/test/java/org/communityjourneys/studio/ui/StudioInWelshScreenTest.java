package org.communityjourneys.studio.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.journey.domain.BallotFormat;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.journey.service.LaunchRefused;
import org.communityjourneys.journey.ui.LaunchJourneyView;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelProblem;
import org.communityjourneys.studio.domain.ModelSummary;
import org.communityjourneys.studio.service.ModelDeployments;
import org.communityjourneys.studio.service.ModelLibrary;
import org.communityjourneys.studio.service.ModelRejected;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The governance studio's model library and editor and the facilitator's launch screen while the
 * UI is in Welsh: their texts, a model the studio refuses and a launch the service refuses, each
 * said in Welsh; and the same screens in English, word for word as before. Nothing is deployed.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "governance", roles = "GOVERNANCE")
class StudioInWelshScreenTest {

    /** A new process whose start event's name holds an expression with bracket access, which the studio refuses. */
    private static final String BRACKETS = "${a[0]}";

    @Autowired
    ApplicationContext context;
    @Autowired
    ModelLibrary library;
    @Autowired
    ModelDeployments deployments;
    @Autowired
    JourneyService journeys;

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private static void open(java.util.Locale language) {
        UI.getCurrent().setLocale(language);
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String brokenProcess(String key) {
        return NewModels.template(ModelKind.PROCESS, key).replace("name=\"Started\"", "name=\"" + BRACKETS + "\"");
    }

    @Test
    void theModelLibraryIsInWelsh() {
        SpringMockVaadin.setUp(context, ModelLibraryView.class, ModelEditorView.class, JourneyMigrationView.class);
        open(Languages.WELSH);
        UI.getCurrent().navigate(ModelLibraryView.class);

        ModelLibraryView view = _get(ModelLibraryView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Modelau");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Modelau | Teithiau Cymunedol");
        assertThat(view.models.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .containsExactly("Math", "Enw", "Allwedd", "Diweddaraf", "Yn rhedeg", "Golygydd");
        assertThat(view.fourEyes.getLabel())
                .isEqualTo("Pedwar llygad: mae ail arweinydd llywodraethu yn cymeradwyo pob tro y rhoddir model ar waith");
        assertThat(view.newKey.getLabel()).isEqualTo("Allwedd y model newydd");
        assertThat(view.createNew.getText()).isEqualTo("Creu");
        assertThat(view.newKind.getItemLabelGenerator().apply(ModelKind.DECISION)).isEqualTo("Penderfyniad");

        List<ModelSummary> models = library.models();
        ModelSummary journey = models.stream().filter(model -> model.key().equals("community-journey")).findFirst().orElseThrow();
        int row = models.indexOf(journey);
        assertThat(GridKt._getFormattedRow(grid("studio-models"), row).get(0)).isEqualTo("Proses");
        view.models.select(journey);
        assertThat(view.versionsTitle.getText()).isEqualTo("Fersiynau " + journey.name());
        assertThat(GridKt._getFormattedRow(grid("studio-versions"), 0).get(0))
                .isEqualTo("v" + journey.versions().get(0).version());

        view.newKey.setValue("Not A Key");
        click("studio-new-create");
        assertThat(view.newKey.getErrorMessage())
                .isEqualTo("Defnyddiwch lythrennau bach, digidau a llinellau toriad, gan ddechrau gyda llythyren.");
    }

    @Test
    void aModelTheStudioRefusesIsSaidInWelsh() {
        String key = "welsh-check-" + UUID.randomUUID().toString().substring(0, 8);
        SpringMockVaadin.setUp(context, ModelLibraryView.class, ModelEditorView.class, JourneyMigrationView.class);
        open(Languages.WELSH);
        UI.getCurrent().navigate(ModelEditorView.class, ModelEditorView.parameters(ModelKind.PROCESS, key));

        ModelEditorView editor = _get(ModelEditorView.class);
        assertThat(editor.title.getText()).isEqualTo("Proses: " + key);
        assertThat(editor.status.getText()).isEqualTo("Proses newydd, heb ei rhoi ar waith eto.");
        assertThat(editor.save.getText()).isEqualTo("Cadw'r drafft");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(key + " | Teithiau Cymunedol");

        editor.editor.setContent(brokenProcess(key));
        click("studio-validate");
        assertThat(editor.result.getText()).isEqualTo("1 broblem i'w datrys cyn ei roi ar waith.");
        assertThat(editor.problemsTitle.getText()).isEqualTo("Problemau");
        List<String> shown = GridKt._getFormattedRow(grid("studio-problems"), 0);
        assertThat(shown).containsExactly("started", "expression.shape-not-allowed", "Mae'r mynegiad " + BRACKETS
                + " yn defnyddio mynediad cromfachau sgwâr ([...]). Dim ond gwerthoedd, newidynnau proses, gweithredwyr, "
                + "execution.getVariable('name'), execution.setVariable('name', value) a journeyStage.moveTo(execution, 'STAGE') "
                + "y caiff mynegiadau eu defnyddio.");

        // the service refuses the deploy (ModelRejected): nothing goes live, the screen says why in Welsh
        editor.comment.setValue("Prawf");
        click("studio-deploy");
        assertThat(editor.result.getText()).isEqualTo("Heb ei roi ar waith: 1 broblem i'w datrys.");
        assertThat(library.model(ModelKind.PROCESS, key)).isEmpty();
    }

    @Test
    void theStudioInEnglishSaysWhatItSaidBefore() {
        String key = "english-check-" + UUID.randomUUID().toString().substring(0, 8);
        SpringMockVaadin.setUp(context, ModelLibraryView.class, ModelEditorView.class, JourneyMigrationView.class);
        UI.getCurrent().navigate(ModelLibraryView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Models");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Models | Community Journeys");
        assertThat(_get(ModelLibraryView.class).fourEyes.getLabel())
                .isEqualTo("Four-eyes: a second governance lead approves each deployment");

        UI.getCurrent().navigate(ModelEditorView.class, ModelEditorView.parameters(ModelKind.PROCESS, key));
        ModelEditorView editor = _get(ModelEditorView.class);
        assertThat(editor.title.getText()).isEqualTo("Process: " + key);
        assertThat(editor.status.getText()).isEqualTo("A new process, not deployed yet.");
        editor.editor.setContent(brokenProcess(key));
        click("studio-validate");
        assertThat(editor.result.getText()).isEqualTo("1 problem to fix before deploying.");
        String english = "The expression " + BRACKETS + " uses bracket access ([...]). Expressions may only use values, "
                + "process variables, operators, execution.getVariable('name'), execution.setVariable('name', value) and "
                + "journeyStage.moveTo(execution, 'STAGE').";
        assertThat(GridKt._getFormattedRow(grid("studio-problems"), 0)).containsExactly("started", "expression.shape-not-allowed", english);

        assertThatThrownBy(() -> deployments.deploy(List.of(ModelFile.of("processes/" + key + ".bpmn", brokenProcess(key))), "Test"))
                .isInstanceOf(ModelRejected.class)
                .hasMessage("The model cannot be deployed: started: " + english)
                .satisfies(rejected -> {
                    ModelProblem problem = ((ModelRejected) rejected).problems().get(0);
                    assertThat(problem.message()).isEqualTo(english);
                    assertThat(((ModelRejected) rejected).in(Languages.WELSH)).startsWith("Ni ellir rhoi'r model ar waith: started: Mae'r mynegiad");
                });
        editor.comment.setValue("Test");
        click("studio-deploy");
        assertThat(editor.result.getText()).isEqualTo("Not deployed: 1 problem to fix.");
    }

    @Test
    void theLaunchScreenAndItsRefusalAreInWelsh() {
        SpringMockVaadin.setUp(context, LaunchJourneyView.class);
        open(Languages.WELSH);
        UI.getCurrent().navigate(LaunchJourneyView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Lansio taith");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Lansio taith | Teithiau Cymunedol");
        assertThat(_get(TextField.class, spec -> spec.withId("journey-title")).getLabel()).isEqualTo("Teitl");
        assertThat(_get(Button.class, spec -> spec.withId("launch-button")).getText()).isEqualTo("Lansio'r daith");
        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("journey-theme"));
        assertThat(theme.getItemLabelGenerator().apply(Theme.MENTAL_WELLBEING)).endsWith("(blaenoriaeth strategol)");
        @SuppressWarnings("unchecked")
        ComboBox<BallotFormat> format = _get(ComboBox.class, spec -> spec.withId("ballot-format"));
        assertThat(format.getItemLabelGenerator().apply(BallotFormat.APPROVAL)).isEqualTo("Cymeradwyo: ticiwch eich hoff syniadau");
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("ballot-max-picks")).getHelperText())
                .isEqualTo("Faint o syniadau y caiff pob pleidleisiwr eu ticio ar y mwyaf.");

        // an empty plan: the journey service refuses it, and the screen says why in Welsh, under each field
        click("launch-button");
        Div problems = _get(Div.class, spec -> spec.withId("launch-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getElement().getTextRecursively()).startsWith("Ni lansiwyd y daith. Cywirwch y canlynol:")
                .contains("Rhowch deitl i'r daith.", "Dewiswch o leiaf un ward.", "Dewiswch thema.",
                        "Rhaid i'r gyllideb fod yn fwy na £0.");
        assertThat(_get(TextField.class, spec -> spec.withId("journey-title")).getErrorMessage()).isEqualTo("Rhowch deitl i'r daith.");
        assertThat(_get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("journey-wards"))
                .getErrorMessage()).isEqualTo("Dewiswch o leiaf un ward.");
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void aLaunchRefusalIsEnglishInItsMessageAndWelshForAWelshReader() {
        LaunchPlan plan = new LaunchPlan("", Set.of("no-such-ward"), null, 0, null, null, null);
        assertThatThrownBy(() -> journeys.launch(plan, "facilitator"))
                .isInstanceOf(LaunchRefused.class)
                .hasMessage("Give the journey a title. Choose a theme. The budget must be more than £0. "
                        + "Set the ideas deadline, the vote opening and the vote closing. There is no ward with the code no-such-ward.")
                .satisfies(refused -> assertThat(((LaunchRefused) refused).in(Languages.WELSH)).isEqualTo(
                        "Rhowch deitl i'r daith. Dewiswch thema. Rhaid i'r gyllideb fod yn fwy na £0. Gosodwch y dyddiad cau ar "
                                + "gyfer syniadau, agor y bleidlais a chau'r bleidlais. Nid oes ward gyda'r cod no-such-ward."));
    }
}
