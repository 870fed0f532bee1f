package org.communityjourneys.workflow.service.delegate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Reads process variables and form values into the types the feature services take. Form-js
 * numbers arrive as Long or Double, dates as ISO strings, checkboxes as Boolean.
 */
final class ProcessValues {

    static final String JOURNEY_ID = "journeyId";
    private static final ZoneId COUNTY = ZoneId.of("Europe/London");

    private ProcessValues() {
    }

    static UUID journeyId(VariableScope scope) {
        return uuid(scope, JOURNEY_ID);
    }

    static UUID uuid(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("The process has no " + name + ".");
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean bool ? bool : value != null && Boolean.parseBoolean(value.toString());
    }

    static int wholeNumber(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Fill in " + label + ".");
        }
        try {
            return new BigDecimal(value.toString().trim()).setScale(0, RoundingMode.HALF_UP).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(label.substring(0, 1).toUpperCase() + label.substring(1) + " must be a whole number.");
        }
    }

    /** A pounds amount from a form (e.g. 800 or 799.5) in pence. */
    static long pence(VariableScope scope, String poundsName, String label) {
        Object value = scope.getVariable(poundsName);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Fill in " + label + ".");
        }
        try {
            return new BigDecimal(value.toString().trim()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(label.substring(0, 1).toUpperCase() + label.substring(1) + " must be an amount in pounds, such as 750 or 750.50.");
        }
    }

    /** A date from a form-js date field ("2025-03-01"), a date-time string, a Date or a LocalDate. */
    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(COUNTY).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The date " + text + " is not a date like 2025-03-31.");
        }
    }

    /** A list of ids as a JSON variable, so it can drive a multi-instance activity. */
    static ObjectValue idList(Collection<UUID> ids) {
        List<String> values = new ArrayList<>();
        ids.forEach(id -> values.add(id.toString()));
        return Variables.objectValue(values).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
