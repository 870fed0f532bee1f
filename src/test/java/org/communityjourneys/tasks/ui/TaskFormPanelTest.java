package org.communityjourneys.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityjourneys.forms.ui.FormRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Complete button of a task form: nothing is completed while the form is wrong. */
class TaskFormPanelTest {

    private static final String FORM = "{\"id\":\"f\",\"components\":["
            + "{\"type\":\"textfield\",\"key\":\"venue\",\"label\":\"Venue\",\"validate\":{\"required\":true}},"
            + "{\"type\":\"number\",\"key\":\"attendance\",\"label\":\"Attendance\",\"validate\":{\"min\":0}}]}";

    private final List<Map<String, Object>> completed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void show(java.util.function.Consumer<Map<String, Object>> completion) {
        UI.getCurrent().add(new TaskFormPanel(new FormRenderer().render(FORM), completion));
    }

    private Button completeButton() {
        return _get(Button.class, spec -> spec.withText("Complete task"));
    }

    @Test
    void missingOrWronglyTypedFieldsShowFieldErrorsAndCompleteNothing() {
        show(completed::add);
        TextField attendance = _get(TextField.class, spec -> spec.withLabel("Attendance"));
        _setValue(attendance, "a dozen");
        _click(completeButton());

        assertThat(completed).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Venue")).isInvalid()).isTrue();
        assertThat(attendance.isInvalid()).isTrue();
        assertThat(attendance.getErrorMessage()).contains("Enter a number");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-problem")).getText()).contains("need attention");
        assertThat(completeButton().isEnabled()).isTrue();
    }

    @Test
    void aValidFormCompletesWithTypedValues() {
        show(completed::add);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Venue")), "Library");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Attendance")), "12");
        _click(completeButton());

        assertThat(completed).containsExactly(Map.of("venue", "Library", "attendance", 12L));
    }

    @Test
    void aRefusalFromTheServiceIsShownAndTheFormKept() {
        show(values -> {
            throw new IllegalArgumentException("The venue must be in one of the journey's wards.");
        });
        TextField venue = _get(TextField.class, spec -> spec.withLabel("Venue"));
        _setValue(venue, "Elsewhere");
        _click(completeButton());

        assertThat(_get(Paragraph.class, spec -> spec.withId("task-problem")).getText())
                .isEqualTo("The venue must be in one of the journey's wards.");
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(venue.getValue()).isEqualTo("Elsewhere");
        assertThat(completeButton().isEnabled()).isTrue();
    }
}
