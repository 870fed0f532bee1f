package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices of a select, radio, checklist or taglist: the static {@code values} of the form,
 * or, for {@code valuesKey}, a process variable holding a list of strings or of label/value maps.
 * Values are kept as Strings, in the order given.
 */
record Options(Map<String, String> labelsByValue) {

    static Options of(JsonNode definition, Map<String, Object> variables) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (JsonNode option : definition.path("values")) {
            if (option.isObject()) {
                String value = option.path("value").asText();
                choices.put(value, option.path("label").asText(value));
            } else if (option.isValueNode()) {
                choices.put(option.asText(), option.asText());
            }
        }
        String valuesKey = definition.path("valuesKey").asText("");
        if (!valuesKey.isBlank() && variables.get(valuesKey) instanceof Collection<?> listed) {
            for (Object option : listed) {
                if (option instanceof Map<?, ?> pair && pair.get("value") != null) {
                    String value = String.valueOf(pair.get("value"));
                    Object label = pair.get("label");
                    choices.put(value, label == null ? value : String.valueOf(label));
                } else if (option != null) {
                    choices.put(String.valueOf(option), String.valueOf(option));
                }
            }
        }
        return new Options(choices);
    }

    List<String> values() {
        return List.copyOf(labelsByValue.keySet());
    }

    String labelOf(String value) {
        return labelsByValue.getOrDefault(value, value);
    }

    boolean offers(String value) {
        return labelsByValue.containsKey(value);
    }
}
