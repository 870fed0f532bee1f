package org.communityjourneys.forms.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.communityjourneys.shared.ui.BritishDates;

/**
 * form-js "datetime". The value is an ISO-8601 String, as form-js itself submits it:
 * subtype "date" gives {@code 2025-05-01}, "time" gives {@code 14:30}, "datetime" gives
 * {@code 2025-05-01T14:30} (local time of the server's zone, no offset).
 */
class DateTimeInput extends FormField {

    private final String subtype;
    private final AbstractField<?, ?> field;
    private final boolean noPastDates;
    private final Clock clock;

    DateTimeInput(JsonNode definition, Clock clock) {
        super(definition);
        this.clock = clock;
        this.subtype = definition.path("subtype").asText("date");
        this.noPastDates = definition.path("disallowPassedDates").asBoolean(false);
        this.field = switch (subtype) {
            case "time" -> decorate(BritishDates.timePicker(null), definition);
            case "datetime" -> decorate(BritishDates.dateTimePicker(null), definition);
            default -> decorate(BritishDates.datePicker(null), definition);
        };
    }

    @Override
    Object typedValue() {
        Object value = field.getValue();
        if (value == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (value instanceof LocalDate date) {
            if (noPastDates && date.isBefore(today)) {
                throw new FieldProblem("forms.notPast");
            }
            return date.toString();
        }
        if (value instanceof LocalDateTime moment) {
            if (noPastDates && moment.toLocalDate().isBefore(today)) {
                throw new FieldProblem("forms.notPast");
            }
            return moment.truncatedTo(ChronoUnit.MINUTES).toString();
        }
        return ((LocalTime) value).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Override
    void prefill(Object value) {
        if (value instanceof Date date) {
            show(LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()));
        } else if (value instanceof String text) {
            parse(text);
        }
    }

    @Override
    void applyDefault(JsonNode defaultValue) {
        if (defaultValue.isTextual()) {
            parse(defaultValue.asText());
        }
    }

    private void parse(String text) {
        try {
            switch (subtype) {
                case "time" -> show(LocalDateTime.of(LocalDate.now(clock), LocalTime.parse(text)));
                case "datetime" -> show(text.length() > 10 ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay());
                default -> show(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).atStartOfDay());
            }
        } catch (DateTimeParseException unreadable) {
            // a value the picker cannot show is left out; the user picks one
        }
    }

    private void show(LocalDateTime moment) {
        if (field instanceof DatePicker date) {
            date.setValue(moment.toLocalDate());
        } else if (field instanceof TimePicker time) {
            time.setValue(moment.toLocalTime());
        } else if (field instanceof DateTimePicker dateTime) {
            dateTime.setValue(moment);
        }
    }
}
