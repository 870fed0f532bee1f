package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.checkbox.Checkbox;

/** form-js "checkbox": a Boolean; when required it must be ticked, as in form-js. */
class CheckboxInput extends FormField {

    private final Checkbox field;

    CheckboxInput(JsonNode definition) {
        super(definition);
        this.field = decorate(new Checkbox(), definition);
    }

    @Override
    Object typedValue() {
        return Boolean.TRUE.equals(field.getValue());
    }

    @Override
    boolean isEmpty(Object value) {
        return !Boolean.TRUE.equals(value);
    }

    @Override
    void prefill(Object value) {
        if (value instanceof Boolean ticked) {
            field.setValue(ticked);
        }
    }

    @Override
    void applyDefault(JsonNode defaultValue) {
        if (defaultValue.isBoolean()) {
            field.setValue(defaultValue.asBoolean());
        }
    }
}
