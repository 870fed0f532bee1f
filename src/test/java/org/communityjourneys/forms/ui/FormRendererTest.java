package org.communityjourneys.forms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form-js renderer, one test per component type and per validation rule, on a mock Vaadin UI. */
class FormRendererTest {

    private static final Clock MAY_DAY = Clock.fixed(Instant.parse("2025-05-01T09:00:00Z"), ZoneId.of("Europe/London"));

    private final FormRenderer renderer = new FormRenderer(MAY_DAY);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private RenderedForm show(String... components) {
        return show(Map.of(), components);
    }

    private RenderedForm show(Map<String, Object> variables, String... components) {
        String json = "{\"id\":\"test-form\",\"type\":\"default\",\"schemaVersion\":16,\"components\":["
                + String.join(",", components) + "]}";
        RenderedForm form = renderer.render(json, variables);
        UI.getCurrent().add(form);
        return form;
    }

    private static Map<String, Object> valid(RenderedForm form) {
        return form.submission().orElseThrow(() -> new AssertionError("form should be valid"));
    }

    private static void assertFieldError(HasValidation field, String messagePart) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).contains(messagePart);
    }

    @Test
    void textfieldGivesAString() {
        RenderedForm form = show("{\"type\":\"textfield\",\"key\":\"venue\",\"label\":\"Venue\",\"description\":\"Where it was held\"}");
        TextField venue = _get(TextField.class, spec -> spec.withLabel("Venue"));
        assertThat(venue.getHelperText()).isEqualTo("Where it was held");
        _setValue(venue, "Church hall");
        assertThat(valid(form)).containsExactly(Map.entry("venue", "Church hall"));
    }

    @Test
    void textareaGivesAStringAndShowsItsDefault() {
        RenderedForm form = show("{\"type\":\"textarea\",\"key\":\"stories\",\"label\":\"Stories\",\"defaultValue\":\"None yet\"}");
        TextArea stories = _get(TextArea.class, spec -> spec.withLabel("Stories"));
        assertThat(stories.getValue()).isEqualTo("None yet");
        _setValue(stories, "Line one\nLine two");
        assertThat(valid(form)).containsEntry("stories", "Line one\nLine two");
    }

    @Test
    void numberGivesALongForWholeNumbersAndADoubleOtherwise() {
        RenderedForm form = show(
                "{\"type\":\"number\",\"key\":\"attendance\",\"label\":\"Attendance\"}",
                "{\"type\":\"number\",\"key\":\"hours\",\"label\":\"Hours\"}");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Attendance")), "42");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Hours")), "2.5");
        Map<String, Object> values = valid(form);
        assertThat(values.get("attendance")).isInstanceOf(Long.class).isEqualTo(42L);
        assertThat(values.get("hours")).isInstanceOf(Double.class).isEqualTo(2.5);
    }

    @Test
    void numberRefusesTextThatIsNotANumber() {
        RenderedForm form = show("{\"type\":\"number\",\"key\":\"attendance\",\"label\":\"Attendance\"}");
        TextField attendance = _get(TextField.class, spec -> spec.withLabel("Attendance"));
        _setValue(attendance, "lots");
        assertThat(form.submission()).isEmpty();
        assertFieldError(attendance, "Enter a number");
    }

    @Test
    void checkboxGivesABoolean() {
        RenderedForm form = show("{\"type\":\"checkbox\",\"key\":\"consent\",\"label\":\"Consent given\"}");
        assertThat(valid(form)).containsEntry("consent", false);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Consent given")), true);
        assertThat(valid(form)).containsEntry("consent", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void checklistGivesAListOfStringsInTheOrderOffered() {
        RenderedForm form = show("{\"type\":\"checklist\",\"key\":\"needs\",\"label\":\"Needs\",\"values\":["
                + "{\"label\":\"Food\",\"value\":\"food\"},{\"label\":\"Warmth\",\"value\":\"warmth\"},{\"label\":\"Company\",\"value\":\"company\"}]}");
        CheckboxGroup<String> needs = _get(CheckboxGroup.class, spec -> spec.withLabel("Needs"));
        assertThat(needs.getListDataView().getItems().map(needs.getItemLabelGenerator()::apply).toList())
                .containsExactly("Food", "Warmth", "Company");
        _setValue(needs, Set.of("company", "food"));
        Object value = valid(form).get("needs");
        assertThat(value).isInstanceOf(ArrayList.class);
        assertThat((List<String>) value).containsExactly("food", "company");
    }

    @Test
    @SuppressWarnings("unchecked")
    void taglistGivesAListOfStrings() {
        RenderedForm form = show("{\"type\":\"taglist\",\"key\":\"wards\",\"label\":\"Wards\",\"values\":["
                + "{\"label\":\"North\",\"value\":\"N\"},{\"label\":\"South\",\"value\":\"S\"}]}");
        MultiSelectComboBox<String> wards = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Wards"));
        _setValue(wards, Set.of("S"));
        assertThat(valid(form).get("wards")).isInstanceOf(ArrayList.class).isEqualTo(List.of("S"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void selectGivesTheChosenValueAsAString() {
        RenderedForm form = show("{\"type\":\"select\",\"key\":\"route\",\"label\":\"Route\",\"values\":["
                + "{\"label\":\"Light touch\",\"value\":\"light\"},{\"label\":\"Panel\",\"value\":\"panel\"}],\"defaultValue\":\"light\"}");
        Select<String> route = _get(Select.class, spec -> spec.withLabel("Route"));
        assertThat(route.getValue()).isEqualTo("light");
        _setValue(route, "panel");
        assertThat(valid(form)).containsEntry("route", "panel");
    }

    @Test
    @SuppressWarnings("unchecked")
    void radioGivesTheChosenValueAsAString() {
        RenderedForm form = show("{\"type\":\"radio\",\"key\":\"decision\",\"label\":\"Decision\",\"values\":["
                + "{\"label\":\"Approve\",\"value\":\"approve\"},{\"label\":\"Reject\",\"value\":\"reject\"}]}");
        RadioButtonGroup<String> decision = _get(RadioButtonGroup.class, spec -> spec.withLabel("Decision"));
        _setValue(decision, "reject");
        assertThat(valid(form)).containsEntry("decision", "reject");
    }

    @Test
    void datetimeGivesIsoStringsForDateTimeAndDateTime() {
        RenderedForm form = show(
                "{\"type\":\"datetime\",\"key\":\"heldOn\",\"subtype\":\"date\",\"dateLabel\":\"Held on\"}",
                "{\"type\":\"datetime\",\"key\":\"startsAt\",\"subtype\":\"time\",\"timeLabel\":\"Starts at\"}",
                "{\"type\":\"datetime\",\"key\":\"meetingAt\",\"subtype\":\"datetime\",\"dateLabel\":\"Meeting\"}");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Held on")), LocalDate.of(2025, 4, 12));
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Starts at")), LocalTime.of(18, 30));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Meeting")), LocalDateTime.of(2025, 6, 3, 10, 0));
        assertThat(valid(form)).containsEntry("heldOn", "2025-04-12")
                .containsEntry("startsAt", "18:30")
                .containsEntry("meetingAt", "2025-06-03T10:00");
    }

    @Test
    void dateFieldsReadAndShowUkDatesWhateverTheUiLocale() {
        UI.getCurrent().setLocale(Locale.US);
        show("{\"type\":\"datetime\",\"key\":\"paidOn\",\"subtype\":\"date\",\"dateLabel\":\"Date paid\"}",
                "{\"type\":\"datetime\",\"key\":\"meetingAt\",\"subtype\":\"datetime\",\"dateLabel\":\"Meeting\"}",
                "{\"type\":\"datetime\",\"key\":\"startsAt\",\"subtype\":\"time\",\"timeLabel\":\"Starts at\"}");
        DatePicker paidOn = _get(DatePicker.class, spec -> spec.withLabel("Date paid"));
        assertThat(paidOn.getLocale()).isEqualTo(Locale.UK);
        assertThat(paidOn.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        DateTimePicker meeting = _get(DateTimePicker.class, spec -> spec.withLabel("Meeting"));
        assertThat(meeting.getLocale()).isEqualTo(Locale.UK);
        assertThat(meeting.getDatePickerI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(_get(TimePicker.class, spec -> spec.withLabel("Starts at")).getLocale()).isEqualTo(Locale.UK);
    }

    @Test
    void datetimeCanRefusePastDates() {
        RenderedForm form = show("{\"type\":\"datetime\",\"key\":\"due\",\"subtype\":\"date\",\"dateLabel\":\"Due\",\"disallowPassedDates\":true}");
        DatePicker due = _get(DatePicker.class, spec -> spec.withLabel("Due"));
        _setValue(due, LocalDate.of(2025, 4, 30));
        assertThat(form.submission()).isEmpty();
        assertFieldError(due, "later date");
        _setValue(due, LocalDate.of(2025, 5, 1));
        assertThat(valid(form)).containsEntry("due", "2025-05-01");
    }

    @Test
    void textShowsHeadingsParagraphsAndListsAsPlainText() {
        RenderedForm form = show("{\"type\":\"text\",\"text\":\"# Showcase conversation\\n## What to record\\n"
                + "Record what you **heard**.\\nKeep it short.\\n\\n- assets\\n- needs\\n\\n<script>alert(1)</script>\"}");
        assertThat(_get(H3.class).getText()).isEqualTo("Showcase conversation");
        assertThat(_get(H4.class).getText()).isEqualTo("What to record");
        List<String> paragraphs = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(paragraphs).containsExactly("Record what you heard. Keep it short.", "<script>alert(1)</script>");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly("assets", "needs");
        assertThat(form.keys()).isEmpty();
    }

    @Test
    void unknownTypesAreNotedNotFatal() {
        RenderedForm form = show(
                "{\"type\":\"filepicker\",\"key\":\"photo\",\"label\":\"Photo\"}",
                "{\"type\":\"textfield\",\"key\":\"venue\",\"label\":\"Venue\"}");
        assertThat(_get(Span.class, spec -> spec.withClasses("form-unsupported")).getText())
                .contains("Unsupported field").contains("filepicker").contains("Photo");
        assertThat(form.unsupportedTypes()).containsExactly("filepicker");
        assertThat(form.keys()).containsExactly("venue");
    }

    @Test
    void groupsShowTheirFields() {
        RenderedForm form = show("{\"type\":\"group\",\"label\":\"Contact\",\"components\":["
                + "{\"type\":\"textfield\",\"key\":\"contact\",\"label\":\"Contact name\"}]}",
                "{\"type\":\"button\",\"action\":\"submit\",\"label\":\"Submit\"}");
        assertThat(_get(H4.class).getText()).isEqualTo("Contact");
        assertThat(form.keys()).containsExactly("contact");
    }

    @Test
    void requiredFieldsMustBeFilledIn() {
        RenderedForm form = show(
                "{\"type\":\"textfield\",\"key\":\"venue\",\"label\":\"Venue\",\"validate\":{\"required\":true}}",
                "{\"type\":\"checkbox\",\"key\":\"agreed\",\"label\":\"I agree\",\"validate\":{\"required\":true}}");
        TextField venue = _get(TextField.class, spec -> spec.withLabel("Venue"));
        Checkbox agreed = _get(Checkbox.class, spec -> spec.withLabel("I agree"));
        assertThat(venue.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.submission()).isEmpty();
        assertFieldError(venue, "Fill in");
        assertFieldError(agreed, "Fill in");
        _setValue(venue, "Library");
        _setValue(agreed, true);
        assertThat(valid(form)).containsEntry("venue", "Library").containsEntry("agreed", true);
        assertThat(venue.isInvalid()).isFalse();
    }

    @Test
    void numbersBelowTheMinimumAreRefused() {
        RenderedForm form = show("{\"type\":\"number\",\"key\":\"attendance\",\"label\":\"Attendance\",\"validate\":{\"min\":1}}");
        TextField attendance = _get(TextField.class, spec -> spec.withLabel("Attendance"));
        _setValue(attendance, "0");
        assertThat(form.submission()).isEmpty();
        assertFieldError(attendance, "1 or more");
        _setValue(attendance, "1");
        assertThat(valid(form)).containsEntry("attendance", 1L);
    }

    @Test
    void numbersAboveTheMaximumAreRefused() {
        RenderedForm form = show("{\"type\":\"number\",\"key\":\"score\",\"label\":\"Score\",\"validate\":{\"max\":5}}");
        TextField score = _get(TextField.class, spec -> spec.withLabel("Score"));
        _setValue(score, "5.5");
        assertThat(form.submission()).isEmpty();
        assertFieldError(score, "5 or less");
        _setValue(score, "5");
        assertThat(valid(form)).containsEntry("score", 5L);
    }

    @Test
    void textShorterThanMinLengthIsRefused() {
        RenderedForm form = show("{\"type\":\"textarea\",\"key\":\"summary\",\"label\":\"Summary\",\"validate\":{\"minLength\":10}}");
        TextArea summary = _get(TextArea.class, spec -> spec.withLabel("Summary"));
        _setValue(summary, "Too short");
        assertThat(form.submission()).isEmpty();
        assertFieldError(summary, "at least 10");
        _setValue(summary, "Long enough now");
        assertThat(valid(form)).containsKey("summary");
    }

    @Test
    void textLongerThanMaxLengthIsRefused() {
        RenderedForm form = show("{\"type\":\"textfield\",\"key\":\"venue\",\"label\":\"Venue\",\"validate\":{\"maxLength\":5}}");
        TextField venue = _get(TextField.class, spec -> spec.withLabel("Venue"));
        _setValue(venue, "Town hall");
        assertThat(form.submission()).isEmpty();
        assertFieldError(venue, "at most 5");
        _setValue(venue, "Hall");
        assertThat(valid(form)).containsEntry("venue", "Hall");
    }

    @Test
    void textNotMatchingThePatternIsRefused() {
        RenderedForm form = show("{\"type\":\"textfield\",\"key\":\"postcode\",\"label\":\"Postcode\",\"validate\":{\"pattern\":\"^[A-Z]{1,2}[0-9]\"}}");
        TextField postcode = _get(TextField.class, spec -> spec.withLabel("Postcode"));
        _setValue(postcode, "12 ABC");
        assertThat(form.submission()).isEmpty();
        assertFieldError(postcode, "expected format");
        _setValue(postcode, "SW1A 1AA");
        assertThat(valid(form)).containsEntry("postcode", "SW1A 1AA");
    }

    @Test
    void readonlyAndDisabledFieldsAreShownButNotEditable() {
        RenderedForm form = show(Map.of("journeyTitle", "Warm Spaces"),
                "{\"type\":\"textfield\",\"key\":\"journeyTitle\",\"label\":\"Journey\",\"readonly\":true,\"validate\":{\"required\":true}}",
                "{\"type\":\"textfield\",\"key\":\"internal\",\"label\":\"Internal\",\"disabled\":true,\"defaultValue\":\"x\"}");
        TextField journey = _get(TextField.class, spec -> spec.withLabel("Journey"));
        assertThat(journey.isReadOnly()).isTrue();
        assertThat(journey.getValue()).isEqualTo("Warm Spaces");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Internal")).isEnabled()).isFalse();
        assertThat(valid(form)).containsExactly(Map.entry("journeyTitle", "Warm Spaces"));
    }

    @Test
    void existingProcessVariablesArePrefilled() {
        RenderedForm form = show(Map.of("venue", "Library", "attendance", 12L, "needs", List.of("food"), "heldOn", "2025-03-02"),
                "{\"type\":\"textfield\",\"key\":\"venue\",\"label\":\"Venue\",\"defaultValue\":\"Hall\"}",
                "{\"type\":\"number\",\"key\":\"attendance\",\"label\":\"Attendance\"}",
                "{\"type\":\"checklist\",\"key\":\"needs\",\"label\":\"Needs\",\"values\":[{\"label\":\"Food\",\"value\":\"food\"}]}",
                "{\"type\":\"datetime\",\"key\":\"heldOn\",\"subtype\":\"date\",\"dateLabel\":\"Held on\"}");
        assertThat(valid(form)).containsEntry("venue", "Library").containsEntry("attendance", 12L)
                .containsEntry("needs", List.of("food")).containsEntry("heldOn", "2025-03-02");
    }

    @Test
    void missingOrWronglyTypedFieldsShowFieldErrorsAndSubmitNothing() {
        RenderedForm form = show(
                "{\"type\":\"textfield\",\"key\":\"venue\",\"label\":\"Venue\",\"validate\":{\"required\":true}}",
                "{\"type\":\"number\",\"key\":\"attendance\",\"label\":\"Attendance\",\"validate\":{\"required\":true}}",
                "{\"type\":\"textfield\",\"key\":\"offers\",\"label\":\"Offers\"}");
        TextField attendance = _get(TextField.class, spec -> spec.withLabel("Attendance"));
        _setValue(attendance, "twelve");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Offers")), "Hall for free");
        assertThat(form.submission()).isEmpty();
        assertFieldError(_get(TextField.class, spec -> spec.withLabel("Venue")), "Fill in");
        assertFieldError(attendance, "Enter a number");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Offers")).isInvalid()).isFalse();
    }

    @Test
    void textWhichIsNotAFormIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> renderer.render("not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("could not be read");
        assertThatThrownBy(() -> renderer.render("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no components");
        _assertNone(Span.class);
    }
}
