package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.communityjourneys.shared.domain.Refused;

/** form-js "textfield" and "textarea": a String, with length, pattern and e-mail rules. */
class TextInput extends FormField {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TextFieldBase<?, String> field;
    private final Integer minLength;
    private final Integer maxLength;
    private final Pattern pattern;
    private final boolean email;

    TextInput(JsonNode definition, boolean multiline) {
        super(definition);
        JsonNode validate = definition.path("validate");
        this.minLength = validate.path("minLength").isNumber() ? validate.path("minLength").asInt() : null;
        this.maxLength = validate.path("maxLength").isNumber() ? validate.path("maxLength").asInt() : null;
        this.pattern = compile(validate.path("pattern").asText(""));
        this.email = "email".equalsIgnoreCase(validate.path("validationType").asText(""));
        if (multiline) {
            TextArea area = decorate(new TextArea(), definition);
            this.field = area;
        } else {
            TextField text = decorate(new TextField(), definition);
            this.field = text;
        }
    }

    private static Pattern compile(String regex) {
        if (regex.isBlank()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException unreadable) {
            throw Refused.input("forms.badPattern", regex);
        }
    }

    @Override
    Object typedValue() {
        String value = field.getValue();
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (minLength != null && value.length() < minLength) {
            throw new FieldProblem("forms.minLength", Integer.toString(minLength));
        }
        if (maxLength != null && value.length() > maxLength) {
            throw new FieldProblem("forms.maxLength", Integer.toString(maxLength));
        }
        // form-js tests the pattern with RegExp.test, which finds it anywhere unless anchored.
        if (pattern != null && !pattern.matcher(value).find()) {
            throw new FieldProblem("forms.pattern");
        }
        if (email && !EMAIL.matcher(value.trim()).matches()) {
            throw new FieldProblem("forms.email");
        }
        return value;
    }

    @Override
    void prefill(Object value) {
        if (value instanceof String || value instanceof Number) {
            field.setValue(value.toString());
        }
    }

    @Override
    void applyDefault(JsonNode defaultValue) {
        if (defaultValue.isValueNode() && !defaultValue.isNull()) {
            field.setValue(defaultValue.asText());
        }
    }
}
