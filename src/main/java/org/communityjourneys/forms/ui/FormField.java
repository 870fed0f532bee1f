package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.Collection;

/**
 * One input of a form-js form: the Vaadin component that shows it, the rules that check it and
 * the typed value it gives to the process.
 */
abstract class FormField {

    private final String key;
    private final String label;
    private final boolean required;
    private final boolean disabled;
    private final boolean readonly;
    private Component shown;
    private HasValidation validated;

    FormField(JsonNode definition) {
        this.key = definition.path("key").asText();
        this.label = labelOf(definition);
        this.required = definition.path("validate").path("required").asBoolean(false);
        this.disabled = definition.path("disabled").isBoolean() && definition.path("disabled").asBoolean();
        this.readonly = definition.path("readonly").isBoolean() && definition.path("readonly").asBoolean();
    }

    static String labelOf(JsonNode definition) {
        for (String name : new String[] {"label", "dateLabel", "timeLabel"}) {
            String text = definition.path(name).asText("");
            if (!text.isBlank()) {
                return text;
            }
        }
        return definition.path("key").asText("");
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    boolean required() {
        return required;
    }

    /** Disabled fields are shown but their values are not sent, as in form-js. */
    boolean submitted() {
        return !disabled;
    }

    /** The component that shows the field (the one given to {@link #decorate}). */
    final Component component() {
        return shown;
    }

    /** Where the field's error is shown (the same component). */
    final HasValidation validation() {
        return validated;
    }

    /** The typed value, or null when the field is empty; throws {@link FieldProblem} for bad input. */
    abstract Object typedValue();

    /** Shows an existing process variable; values of the wrong type are ignored. */
    abstract void prefill(Object value);

    /** Applies the default value from the form definition. */
    abstract void applyDefault(JsonNode defaultValue);

    /** Checks the field, marks it invalid with a message when it is not, and says whether it is fine. */
    final boolean check() {
        if (disabled || readonly) {
            markValid();
            return true;
        }
        try {
            Object value = typedValue();
            if (required && isEmpty(value)) {
                throw label.isBlank() ? new FieldProblem("forms.fillInThisField") : new FieldProblem("forms.fillIn", label);
            }
            markValid();
            return true;
        } catch (FieldProblem problem) {
            validation().setErrorMessage(problem.getMessage());
            validation().setInvalid(true);
            return false;
        }
    }

    private void markValid() {
        validation().setInvalid(false);
        validation().setErrorMessage(null);
    }

    boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> items && items.isEmpty());
    }

    /**
     * Label, description, required marker, read-only and disabled, shared by every kind of field;
     * the component becomes the field's own (every input calls this once, in its constructor).
     */
    final <C extends Component & HasValue<?, ?> & HasValidation> C decorate(C component, JsonNode definition) {
        this.shown = component;
        this.validated = component;
        if (component instanceof HasLabel labelled) {
            labelled.setLabel(label);
        }
        String description = definition.path("description").asText("");
        if (!description.isBlank() && component instanceof HasHelper helped) {
            helped.setHelperText(description);
        }
        component.setManualValidation(true);
        component.setRequiredIndicatorVisible(required);
        component.setReadOnly(readonly);
        if (disabled && component instanceof HasEnabled enabled) {
            enabled.setEnabled(false);
        }
        component.setId("field-" + key.replaceAll("[^A-Za-z0-9_-]", "-"));
        if (component instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
            sized.setMaxWidth("40rem");
        }
        return component;
    }
}
