package org.communityjourneys.studio.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelProblem;
import org.communityjourneys.studio.domain.ModelSummary;
import org.communityjourneys.studio.domain.ModelVersion;
import org.communityjourneys.studio.domain.ModelChange;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.service.FourEyesSetting;
import org.communityjourneys.studio.service.ModelDeployments;
import org.communityjourneys.studio.service.ModelLibrary;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The governance studio's screens on a mock Vaadin UI with the real services, engine and
 * database: the library, the editor (check, draft, deploy) and who may reach them.
 */
// changes the engine's models: the next class gets a fresh context and database
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
@ActiveProfiles("test")
class StudioScreensTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ModelLibrary library;
    @Autowired
    FourEyesSetting fourEyes;
    @Autowired
    ModelDeployments deployments;

    @AfterEach
    void tearDown() {
        SpringMockVaadin.tearDown();
    }

    private void open(Class<? extends Component> view, ModelKind kind, String key) {
        SpringMockVaadin.setUp(context, ModelLibraryView.class, ModelEditorView.class, JourneyMigrationView.class);
        if (kind == null) {
            UI.getCurrent().navigate(view);
        } else {
            UI.getCurrent().navigate(ModelEditorView.class, ModelEditorView.parameters(kind, key));
        }
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void theLibraryListsProcessesDecisionsAndFormsWithTheirVersions() {
        open(ModelLibraryView.class, null, null);
        List<ModelSummary> models = rows("studio-models");
        assertThat(models).extracting(model -> model.kind() + ":" + model.key())
                .contains("PROCESS:community-journey", "DECISION:idea-eligibility", "FORM:light-touch-check");

        ModelSummary journey = models.stream().filter(model -> model.key().equals("community-journey")).findFirst().orElseThrow();
        _get(ModelLibraryView.class).models.select(journey);
        List<ModelVersion> versions = rows("studio-versions");
        assertThat(versions).isNotEmpty();
        assertThat(versions.get(0).deployedBy()).isNotBlank();
        assertThat(_get(ModelLibraryView.class).versionsTitle.getText()).isEqualTo("Versions of " + journey.name());
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void aBrokenProcessIsListedWithItsRulesAndCannotBeDeployed() {
        open(ModelEditorView.class, ModelKind.PROCESS, "community-journey");
        ModelEditorView editor = _get(ModelEditorView.class);
        assertThat(editor.editor).isInstanceOf(BpmnModeler.class);
        assertThat(editor.status.getText()).startsWith("The deployed version");
        int before = library.model(ModelKind.PROCESS, "community-journey").orElseThrow().latest().version();

        String broken = editor.editor.getContent().replaceFirst("camunda:historyTimeToLive=\"[^\"]*\"", "");
        editor.editor.setContent(broken);
        click("studio-validate");
        List<ModelProblem> problems = rows("studio-problems");
        assertThat(problems).extracting(ModelProblem::rule).contains("history-time-to-live");
        assertThat(problems).extracting(ModelProblem::elementId).contains("community-journey");

        _get(TextArea.class, spec -> spec.withId("studio-comment")).setValue("Shorter history");
        click("studio-deploy");
        assertThat(_get(Paragraph.class, spec -> spec.withId("studio-result")).getText()).startsWith("Not deployed");
        assertThat(library.model(ModelKind.PROCESS, "community-journey").orElseThrow().latest().version()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void aDraftIsKeptUntilDiscarded() {
        open(ModelEditorView.class, ModelKind.FORM, "light-touch-check");
        ModelEditorView editor = _get(ModelEditorView.class);
        String changed = editor.editor.getContent().replace("\"Decision\"", "\"The facilitator's decision\"");
        editor.editor.setContent(changed);
        click("studio-save");
        assertThat(editor.status.getText()).startsWith("Your draft, saved");

        open(ModelEditorView.class, ModelKind.FORM, "light-touch-check");
        ModelEditorView again = _get(ModelEditorView.class);
        assertThat(again.editor.getContent()).isEqualTo(changed);
        assertThat(again.status.getText()).startsWith("Your draft");
        click("studio-diff");
        assertThat(again.changes.isVisible()).isTrue();

        click("studio-discard");
        assertThat(again.editor.getContent()).doesNotContain("The facilitator's decision");
        assertThat(again.status.getText()).startsWith("The deployed version");
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void aNewFormNeedsACommentAndThenBecomesVersionOne() {
        String key = "karibu-" + UUID.randomUUID().toString().substring(0, 8);
        open(ModelEditorView.class, ModelKind.FORM, key);
        ModelEditorView editor = _get(ModelEditorView.class);
        assertThat(editor.status.getText()).isEqualTo("A new form, not deployed yet.");
        editor.editor.setContent("""
                {"id": "%s", "type": "default", "schemaVersion": 16,
                 "components": [{"type": "textfield", "id": "Field_what", "key": "what", "label": "What happens?"}]}
                """.formatted(key));

        click("studio-deploy");
        assertThat(editor.comment.isInvalid()).isTrue();
        assertThat(library.model(ModelKind.FORM, key)).isEmpty();

        editor.comment.setValue("A form for the test");
        click("studio-deploy");
        assertThat(editor.result.getText()).startsWith("Deployed");
        ModelSummary form = library.model(ModelKind.FORM, key).orElseThrow();
        assertThat(form.latest().version()).isEqualTo(1);
        assertThat(form.latest().comment()).isEqualTo("A form for the test");
        assertThat(form.latest().deployedBy()).isEqualTo("governance");
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void afterADeployTheScreenIsCleanAndShowsTheDeployedVersion() {
        String key = "karibu-clean-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://communityjourneys.org/test">
                  <bpmn:process id="%s" name="Clean screen" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
                    <bpmn:userTask id="check" name="Check" camunda:candidateGroups="GOVERNANCE" camunda:formRef="record-payment" camunda:formRefBinding="latest"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end" />
                    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key).strip();
        deployments.deploy(List.of(ModelFile.of("processes/" + key + ".bpmn", v1)), "Version one");
        open(ModelEditorView.class, ModelKind.PROCESS, key);
        ModelEditorView editor = _get(ModelEditorView.class);

        // a broken draft: problems listed; fixed and renamed: changes listed; saved as a draft
        editor.editor.setContent(v1.replace(" camunda:historyTimeToLive=\"P30D\"", ""));
        click("studio-validate");
        assertThat(editor.problems.isVisible()).isTrue();
        String v2 = v1.replace("name=\"Check\"", "name=\"Check the payment\"");
        editor.editor.setContent(v2);
        click("studio-diff");
        assertThat(editor.changes.isVisible()).isTrue();
        assertThat(rows("studio-changes")).extracting(change -> ((ModelChange) change).elementId()).containsExactly("check");
        click("studio-save");
        assertThat(editor.status.getText()).startsWith("Your draft");

        editor.comment.setValue("A clearer task name");
        click("studio-deploy");
        assertThat(editor.result.getText()).isEqualTo("Deployed: " + key + " v2.");
        assertThat(editor.problems.isVisible()).as("no validation messages left").isFalse();
        assertThat(editor.problemsTitle.isVisible()).isFalse();
        assertThat(editor.changes.isVisible()).as("no change list left").isFalse();
        assertThat(editor.changesTitle.isVisible()).isFalse();
        assertThat(editor.status.getText()).isEqualTo("The deployed version 2.");
        assertThat(editor.discard.isEnabled()).as("no draft left").isFalse();
        assertThat(editor.comment.getValue()).isEmpty();
        assertThat(editor.editor.getContent()).as("the editor shows what is deployed").isEqualTo(
                library.download(ModelKind.PROCESS, key, 2).text());
        click("studio-diff");
        assertThat(rows("studio-changes")).isEmpty();
        assertThat(editor.result.getText()).isEqualTo("No changes against the deployed version.");

        // deploying the same again is refused with a clear message and makes no version
        editor.comment.setValue("Again");
        click("studio-deploy");
        assertThat(editor.result.getText()).startsWith("Not deployed: Nothing to deploy: " + key + " v2 is already deployed");
        assertThat(library.model(ModelKind.PROCESS, key).orElseThrow().latest().version()).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "governance", roles = "GOVERNANCE")
    void switchingFourEyesOffOnTheScreenWaitsForASecondLead() {
        open(ModelLibraryView.class, null, null);
        ModelLibraryView view = _get(ModelLibraryView.class);
        try {
            HasValueUtilsKt._setValue(view.fourEyes, true);
            assertThat(fourEyes.on()).as("switched on at once").isTrue();
            assertThat(view.fourEyesOffRequest.isVisible()).isFalse();

            HasValueUtilsKt._setValue(view.fourEyes, false);
            assertThat(fourEyes.on()).as("a request only").isTrue();
            assertThat(view.fourEyes.getValue()).as("the box shows it is still on").isTrue();
            assertThat(view.fourEyesOffRequest.isVisible()).isTrue();
            assertThat(view.fourEyesOffRequest.getText()).startsWith("You asked on ").contains("stays on until a different");
            assertThat(view.approveFourEyesOff.isVisible()).as("the requester gets no approve button").isFalse();
            assertThat(view.withdrawFourEyesOff.getText()).isEqualTo("Withdraw my request");

            SpringMockVaadin.tearDown();
            SignedIn.as("second-governance", "GOVERNANCE", () -> {
                open(ModelLibraryView.class, null, null);
                ModelLibraryView other = _get(ModelLibraryView.class);
                assertThat(other.fourEyesOffRequest.getText()).startsWith("governance asked on ");
                assertThat(other.approveFourEyesOff.isVisible()).isTrue();
                click("studio-four-eyes-off-approve");
                assertThat(other.fourEyes.getValue()).isFalse();
                assertThat(other.fourEyesOffRequest.isVisible()).isFalse();
                assertThat(other.approveFourEyesOff.isVisible()).isFalse();
                return null;
            });
            assertThat(fourEyes.on()).isFalse();
        } finally {
            if (fourEyes.on()) {
                if (fourEyes.fourEyesOffRequest().isEmpty()) {
                    fourEyes.requestFourEyesOff();
                }
                SignedIn.as("second-governance", "GOVERNANCE", () -> {
                    fourEyes.approveFourEyesOff();
                    return null;
                });
            }
        }
    }

    @Test
    void onlyGovernanceLeadsReachTheStudioScreens() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";
        for (Class<?> screen : List.of(ModelLibraryView.class, ModelEditorView.class, JourneyMigrationView.class)) {
            for (String role : List.of("RESIDENT", "APPLICANT", "FACILITATOR", "PANEL")) {
                assertThat(checker.hasAccess(screen, someone, Set.of(role)::contains)).as(screen.getSimpleName() + " for " + role).isFalse();
            }
            assertThat(checker.hasAccess(screen, null, role -> false)).as(screen.getSimpleName() + " anonymously").isFalse();
            assertThat(checker.hasAccess(screen, someone, Set.of("GOVERNANCE")::contains)).isTrue();
        }
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void facilitatorsAreRefusedByTheServicesToo() {
        assertThatThrownBy(() -> library.models()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void residentsAreRefusedByTheServicesToo() {
        assertThatThrownBy(() -> library.models()).isInstanceOf(AccessDeniedException.class);
    }
}
