package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
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

    /**
     * UK date formats, Monday first, and the calendar's month and day names and its buttons in the
     * current UI's language (Welsh months in Welsh, from the locale's own names).
     */
    static DatePicker.DatePickerI18n ukI18n() {
        Locale language = Translations.current();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(DATE_FORMAT, "d/M/yyyy", "d/M/yy", "dd.MM.yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, language), language)).toList());
        // Vaadin wants the days from Sunday
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream()
                .map(day -> capitalised(day.getDisplayName(TextStyle.FULL_STANDALONE, language), language)).toList());
        i18n.setWeekdaysShort(fromSunday.stream()
                .map(day -> capitalised(day.getDisplayName(TextStyle.SHORT_STANDALONE, language), language)).toList());
        i18n.setToday(Translations.text(language, "dates.today"));
        i18n.setCancel(Translations.text(language, "dates.cancel"));
        return i18n;
    }

    private static String capitalised(String name, Locale language) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
