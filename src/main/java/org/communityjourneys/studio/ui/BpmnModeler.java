package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/**
 * The BPMN editor (bpmn-js Modeler with the Camunda 7 properties panel, see
 * frontend/bpmn-modeler.ts): governance leads change processes here, including forms, candidate
 * groups, timers and conditions.
 */
@Tag("bpmn-modeler")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "5.65.3")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-moddle", version = "7.0.1")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@JsModule("./bpmn-modeler.ts")
public class BpmnModeler extends ModelEditor {

    public BpmnModeler() {
        super("xml", "modeler-ready", "modeler-changed", "xml");
        addClassName("bpmn-modeler-editor");
        setLabel(getTranslation("studio.modeler.bpmn"));
    }

    /** Marks these elements on the diagram, e.g. the ones a diff or a validation names. */
    public void highlight(List<String> elementIds) {
        getElement().callJsFunction("highlight", elementIdsAsJson(elementIds));
    }

    private static elemental.json.JsonArray elementIdsAsJson(List<String> ids) {
        elemental.json.JsonArray array = elemental.json.Json.createArray();
        for (int i = 0; i < ids.size(); i++) {
            array.set(i, ids.get(i));
        }
        return array;
    }
}
