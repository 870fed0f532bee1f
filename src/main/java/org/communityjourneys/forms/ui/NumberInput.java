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
            throw new FieldProblem("Enter a number, for example 12 or 3.5.");
        }
        if (min != null && number.compareTo(min) < 0) {
            throw new FieldProblem("Enter " + min.toPlainString() + " or more.");
        }
        if (max != null && number.compareTo(max) > 0) {
            throw new FieldProblem("Enter " + max.toPlainString() + " or less.");
        }
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (wholeOnly && !whole) {
            throw new FieldProblem("Enter a whole number.");
        }
        if (whole) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooBig) {
                throw new FieldProblem("This number is too large.");
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
