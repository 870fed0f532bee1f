package org.communityjourneys.forms.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form-js form shown as Vaadin components. {@link #submission()} checks every field and gives
 * the typed values to complete the task with, or nothing when any field is wrong.
 */
public class RenderedForm extends Composite<VerticalLayout> {

    private final String formId;
    private final List<FormField> fields;
    private final List<String> unsupported;

    RenderedForm(String formId, VerticalLayout layout, List<FormField> fields, List<String> unsupported) {
        this.formId = formId;
        this.fields = List.copyOf(fields);
        this.unsupported = List.copyOf(unsupported);
        getContent().add(layout);
        getContent().setPadding(false);
        getContent().addClassName("task-form");
    }

    /** The top-level "id" of the form-js schema. */
    public String formId() {
        return formId;
    }

    /** Keys of the fields whose values this form sends. */
    public List<String> keys() {
        return fields.stream().filter(FormField::submitted).map(FormField::key).toList();
    }

    /** Types of components this renderer could not show (each is noted in the form). */
    public List<String> unsupportedTypes() {
        return unsupported;
    }

    /** Checks every field, marking the invalid ones; true when all are fine. */
    public boolean validate() {
        boolean valid = true;
        for (FormField field : fields) {
            valid &= field.check();
        }
        return valid;
    }

    /**
     * The typed values keyed by field key (String, Long or Double, Boolean, ArrayList of String,
     * ISO-8601 String for dates and times), or empty when any field is invalid. Empty optional
     * fields are left out rather than sent as null.
     */
    public Optional<Map<String, Object>> submission() {
        if (!validate()) {
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            if (field.submitted()) {
                Object value = field.typedValue();
                if (value != null) {
                    values.put(field.key(), value);
                }
            }
        }
        return Optional.of(values);
    }
}
