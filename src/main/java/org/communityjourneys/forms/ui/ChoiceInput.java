package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Map;

/** form-js "select" and "radio": one String out of the offered values. */
class ChoiceInput extends FormField {

    private final AbstractField<?, String> field;
    private final Options options;

    ChoiceInput(JsonNode definition, Map<String, Object> variables, boolean radio) {
        super(definition);
        this.options = Options.of(definition, variables);
        if (radio) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>();
            group.setItems(options.values());
            group.setItemLabelGenerator(options::labelOf);
            this.field = decorate(group, definition);
        } else {
            Select<String> select = new Select<>();
            select.setItems(options.values());
            select.setItemLabelGenerator(value -> value == null ? "" : options.labelOf(value));
            select.setEmptySelectionAllowed(!required());
            this.field = decorate(select, definition);
        }
    }

    @Override
    Object typedValue() {
        String value = field.getValue();
        if (value != null && !options.offers(value)) {
            throw new FieldProblem("forms.chooseOne");
        }
        return value;
    }

    @Override
    void prefill(Object value) {
        if (value != null && options.offers(String.valueOf(value))) {
            field.setValue(String.valueOf(value));
        }
    }

    @Override
    void applyDefault(JsonNode defaultValue) {
        if (defaultValue.isValueNode() && options.offers(defaultValue.asText())) {
            field.setValue(defaultValue.asText());
        }
    }
}
