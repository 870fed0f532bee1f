package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;

/**
 * Date, date-and-time and time fields that read and show UK dates (01/12/2026 is the first of
 * December) on every screen and in every rendered form, even where a UI has not had
 * {@link ChosenLanguage} applied (a test's mock UI, a component built before attach).
 */
public final class BritishDates {

    /** The format the date fields show and parse first; 1/12/26 and 01.12.2026 are read too. */
    public static final String DATE_FORMAT = "dd/MM/yyyy";

    private BritishDates() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        picker.setI18n(ukI18n());
        return picker;
    }

    public static DateTimePicker dateTimePicker(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setLocale(Locale.UK);
        picker.setDatePickerI18n(ukI18n());
        return picker;
    }

    public static TimePicker timePicker(String label) {
        TimePicker picker = new TimePicker(label);
        picker.setLocale(Locale.UK);
        return picker;
    }

    private static DatePicker.DatePickerI18n ukI18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(DATE_FORMAT, "d/M/yyyy", "d/M/yy", "dd.MM.yyyy");
        i18n.setFirstDayOfWeek(1);
        return i18n;
    }
}
