package org.communityjourneys.journey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/**
 * A read-only BPMN drawing (bpmn-js viewer, see frontend/bpmn-viewer.ts) with the current stage
 * highlighted. The drawing is an image with an accessible name; pair it with a text timeline.
 */
@Tag("bpmn-viewer")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./bpmn-viewer.ts")
public class BpmnDiagram extends Component implements HasSize, HasStyle {

    public BpmnDiagram() {
        addClassName("bpmn-diagram");
    }

    public void show(String xml, List<String> activeIds, List<String> completedIds, String label) {
        getElement().setProperty("xml", xml);
        getElement().setPropertyList("activeIds", List.copyOf(activeIds));
        getElement().setPropertyList("completedIds", List.copyOf(completedIds));
        getElement().setProperty("label", label);
    }

    /** Zooms to a readable size around the current step. */
    public void showCurrentStep() {
        getElement().callJsFunction("showCurrentStep");
    }

    /** Zooms out until the whole process fits. */
    public void showWholeProcess() {
        getElement().callJsFunction("showWholeProcess");
    }
}
