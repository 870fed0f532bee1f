package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The form editor (@bpmn-io/form-js editor, see frontend/form-editor.ts): governance leads build
 * the forms that user tasks show. The content is the form's JSON schema.
 */
@Tag("form-editor")
@NpmPackage(value = "@bpmn-io/form-js-editor", version = "1.23.0")
@NpmPackage(value = "@bpmn-io/form-js-viewer", version = "1.23.0")
// one preact for the form-js viewer and editor (the editor allows at most 10.15.1): two copies break its hooks
@NpmPackage(value = "preact", version = "10.15.1")
@JsModule("./form-editor.ts")
public class FormEditor extends ModelEditor {

    public FormEditor() {
        super("schema", "editor-ready", "editor-changed", "schema");
        addClassName("form-editor-editor");
        setLabel(getTranslation("studio.modeler.form"));
    }
}
