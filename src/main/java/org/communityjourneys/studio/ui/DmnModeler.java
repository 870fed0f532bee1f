package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The decision editor (dmn-js, see frontend/dmn-modeler.ts): governance leads change decision
 * tables here, such as thresholds and eligibility rules.
 */
@Tag("dmn-modeler")
@NpmPackage(value = "dmn-js", version = "17.10.2")
@JsModule("./dmn-modeler.ts")
public class DmnModeler extends ModelEditor {

    public DmnModeler() {
        super("xml", "modeler-ready", "modeler-changed", "xml");
        addClassName("dmn-modeler-editor");
        setLabel(getTranslation("studio.modeler.dmn"));
    }
}
