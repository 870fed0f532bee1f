package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;

/**
 * form-js "number". Shown as a text field with a numeric keyboard so that anything typed can be
 * checked on the server; gives a Long for whole numbers, otherwise a Double.
 */
class NumberInput extends FormField {

    private final TextField field;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean wholeOnly;

    NumberInput(JsonNode definition) {
        super(definition);
        JsonNode validate = definition.path("validate");
        this.min = validate.path("min").isNumber() ? validate.path("min").decimalValue() : null;
        this.max = validate.path("max").isNumber() ? validate.path("max").decimalValue() : null;
        this.wholeOnly = definition.path("decimalDigits").isNumber() && definition.path("decimalDigits").asInt() == 0;
        this.field = decorate(new TextField(), definition);
        field.getElement().setAttribute("inputmode", wholeOnly ? "numeric" : "decimal");
    }

    @Override
    Object typedValue() {
        String text = field.getValue() == null ? "" : field.getValue().trim().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new FieldProblem("forms.number");
        }
        if (min != null && number.compareTo(min) < 0) {
            throw new FieldProblem("forms.atLeast", min.toPlainString());
        }
        if (max != null && number.compareTo(max) > 0) {
            throw new FieldProblem("forms.atMost", max.toPlainString());
        }
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (wholeOnly && !whole) {
            throw new FieldProblem("forms.wholeNumber");
        }
        if (whole) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooBig) {
                throw new FieldProblem("forms.tooLarge");
            }
        }
        return number.doubleValue();
    }

    @Override
    void prefill(Object value) {
        if (value instanceof BigDecimal decimal) {
            field.setValue(decimal.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            field.setValue(BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString());
        } else if (value instanceof Number number) {
            field.setValue(Long.toString(number.longValue()));
        }
    }

    @Override
    void applyDefault(JsonNode defaultValue) {
        if (defaultValue.isNumber()) {
            field.setValue(defaultValue.decimalValue().stripTrailingZeros().toPlainString());
        } else if (defaultValue.isTextual()) {
            field.setValue(defaultValue.asText());
        }
    }
}
