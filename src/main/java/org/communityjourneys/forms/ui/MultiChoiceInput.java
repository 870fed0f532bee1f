package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * form-js "checklist" (ticks) and "taglist" (tags picked from a list): a {@code java.util.ArrayList}
 * of Strings in the order the options are offered.
 */
class MultiChoiceInput extends FormField {

    private final AbstractField<?, Set<String>> field;
    private final Options options;

    MultiChoiceInput(JsonNode definition, Map<String, Object> variables, boolean tags) {
        super(definition);
        this.options = Options.of(definition, variables);
        if (tags) {
            MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
            box.setItems(options.values());
            box.setItemLabelGenerator(options::labelOf);
            this.field = decorate(box, definition);
        } else {
            CheckboxGroup<String> group = new CheckboxGroup<>();
            group.setItems(options.values());
            group.setItemLabelGenerator(options::labelOf);
            this.field = decorate(group, definition);
        }
    }

    @Override
    Object typedValue() {
        Set<String> chosen = field.getValue();
        ArrayList<String> ordered = new ArrayList<>();
        for (String value : options.values()) {
            if (chosen != null && chosen.contains(value)) {
                ordered.add(value);
            }
        }
        if (chosen != null && ordered.size() != chosen.size()) {
            throw new FieldProblem("forms.chooseFromOptions");
        }
        return ordered;
    }

    @Override
    void prefill(Object value) {
        if (value instanceof Collection<?> listed) {
            field.setValue(offered(listed));
        }
    }

    @Override
    void applyDefault(JsonNode defaultValue) {
        if (defaultValue.isArray()) {
            List<String> values = new ArrayList<>();
            defaultValue.forEach(node -> values.add(node.asText()));
            field.setValue(offered(values));
        }
    }

    private Set<String> offered(Collection<?> values) {
        Set<String> known = new LinkedHashSet<>();
        for (Object value : values) {
            if (value != null && options.offers(String.valueOf(value))) {
                known.add(String.valueOf(value));
            }
        }
        return known;
    }
}
