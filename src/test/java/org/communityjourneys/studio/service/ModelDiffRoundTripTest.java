package org.communityjourneys.studio.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communityjourneys.studio.domain.ModelChange;
import org.communityjourneys.studio.domain.ModelChange.Change;
import org.communityjourneys.studio.domain.ModelKind;
import org.junit.jupiter.api.Test;

/**
 * The diff lists only real changes, on the real seed models: an editor's round-trip (defaults
 * dropped or written, another prefix, attributes reordered, whitespace, another exporter) is no
 * change; a renamed task is exactly one change; a moved shape is "layout only".
 */
class ModelDiffRoundTripTest {

    static final String JOURNEY = read("processes/community-journey.bpmn");
    static final String FORM = read("forms/light-touch-check.form");

    /** community-journey.bpmn as another editor would write it back, with nothing changed that runs or shows. */
    static String roundTripped(String bpmn) {
        return bpmn
                .replace(" isExecutable=\"true\"", "")
                .replace("<bpmn:startEvent id=\"journeyLaunched\"", "<bpmn:startEvent isInterrupting=\"true\" id=\"journeyLaunched\"")
                .replace("attachedToRef=\"reserveBudget\">", "attachedToRef=\"reserveBudget\" cancelActivity=\"true\">")
                .replace("<bpmn:serviceTask ", "<bpmn:serviceTask camunda:asyncAfter=\"false\" camunda:exclusive=\"true\" ")
                .replace("<bpmn:userTask id=\"recordShowcase\" name=\"Record showcase conversations\"",
                        "<bpmn:userTask name=\"Record showcase conversations\" id=\"recordShowcase\"")
                .replace("exporter=\"Community Journeys\" exporterVersion=\"1\"", "exporter=\"Camunda Modeler\" exporterVersion=\"5.40.0\"")
                .replace("<dc:Bounds x=\"102\" y=\"682\"", "<dc:Bounds x=\"102.0\" y=\"682.00\"")
                .replace("id=\"reserveBudget_di\"", "id=\"Activity_0x1y2z3_di\"")
                .replace("bpmn:", "semantic:").replace("xmlns:bpmn=", "xmlns:semantic=")
                .replace("camunda:", "cam:").replace("xmlns:camunda=", "xmlns:cam=")
                .replaceAll(">\\s+<", "><");
    }

    @Test
    void anEditorRoundTripOfTheJourneyIsNoChange() {
        String again = roundTripped(JOURNEY);
        assertThat(again).as("the round-trip really rewrote the file").isNotEqualTo(JOURNEY)
                .doesNotContain("isExecutable").contains("semantic:userTask", "cam:asyncAfter=\"false\"", "cancelActivity=\"true\"");
        assertThat(ModelDiff.compare(ModelKind.PROCESS, JOURNEY, again)).isEmpty();
        assertThat(ModelDiff.same(ModelKind.PROCESS, JOURNEY, again)).isTrue();
    }

    @Test
    void aRenamedTaskIsExactlyOneChange() {
        String renamed = roundTripped(JOURNEY).replace("name=\"Confirm shortlist\"", "name=\"Confirm the shortlist\"");
        List<ModelChange> changes = ModelDiff.compare(ModelKind.PROCESS, JOURNEY, renamed);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.elementId()).isEqualTo("confirmShortlist");
            assertThat(change.change()).isEqualTo(Change.CHANGED);
            assertThat(change.changedAttributes()).containsExactly("name");
            assertThat(change.name()).isEqualTo("Confirm the shortlist");
        });
    }

    @Test
    void aDefaultThatIsNotTheDefaultIsAChange() {
        String interrupting = JOURNEY.replace("cancelActivity=\"false\"", "cancelActivity=\"true\"");
        assertThat(ModelDiff.compare(ModelKind.PROCESS, JOURNEY, interrupting))
                .as("every non-interrupting boundary event became interrupting").hasSize(15)
                .allSatisfy(change -> assertThat(change.changedAttributes()).containsExactly("cancelActivity"));
        String notExecutable = JOURNEY.replace("isExecutable=\"true\"", "isExecutable=\"false\"");
        assertThat(ModelDiff.compare(ModelKind.PROCESS, JOURNEY, notExecutable)).extracting(ModelChange::elementId)
                .containsExactly("community-journey");
    }

    @Test
    void aMovedTaskIsLayoutOnly() {
        String moved = JOURNEY.replace("<dc:Bounds x=\"190\" y=\"660\" width=\"100\" height=\"80\" />",
                "<dc:Bounds x=\"210\" y=\"640\" width=\"100\" height=\"80\" />");
        assertThat(moved).isNotEqualTo(JOURNEY);
        List<ModelChange> changes = ModelDiff.compare(ModelKind.PROCESS, JOURNEY, moved);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(Change.LAYOUT);
            assertThat(change.elementId()).isEqualTo("reserveBudget");
            assertThat(change.type()).isEqualTo("serviceTask");
        });
        assertThat(ModelDiff.same(ModelKind.PROCESS, JOURNEY, moved)).as("a layout change is still deployable").isFalse();
    }

    @Test
    void aFormRoundTripIsNoChangeAndARelabelledFieldIsOne() {
        String again = FORM.replace("\"id\": \"Field_decision\",", "\"id\": \"Field_decision\", \"disabled\": false, \"readonly\": false,"
                        + " \"validate\": {}, \"description\": null,")
                .replace("\"schemaVersion\": 16", "\"schemaVersion\": 17")
                .replaceAll("\\n\\s*", "");
        assertThat(again).isNotEqualTo(FORM);
        assertThat(ModelDiff.compare(ModelKind.FORM, FORM, again)).isEmpty();

        List<ModelChange> changes = ModelDiff.compare(ModelKind.FORM, FORM, again.replace("\"label\": \"Decision\"", "\"label\": \"Your decision\""));
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.elementId()).isEqualTo("Field_decision");
            assertThat(change.changedAttributes()).containsExactly("label");
        });
        assertThat(ModelDiff.compare(ModelKind.FORM, FORM, again.replace("\"readonly\": false", "\"readonly\": true")))
                .extracting(ModelChange::elementId).containsExactly("Field_decision");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
