package org.communityjourneys.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.audit.ui.AuditLogView;
import org.communityjourneys.forms.ui.FormRenderer;
import org.communityjourneys.notifications.domain.MailDelivery;
import org.communityjourneys.notifications.ui.MailboxView;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.support.SpringMockVaadin;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The task list, a task's screen with its form, a dedicated screen's refusal, the audit log and the
 * mailbox while the UI is in Welsh; and the same screens still in the English they had before.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class TasksInWelshScreenTest {

    private static final String NUMBER_FORM = "{\"components\":[{\"type\":\"number\",\"key\":\"attendance\","
            + "\"label\":\"Attendance\",\"validate\":{\"min\":5}}]}";

    @Autowired
    ApplicationContext context;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ScreenTaskCompletion screenTasks;

    private String instanceId;
    private String businessKey;

    @BeforeEach
    void startATaskAndShowTheScreensInWelsh() {
        repository.createDeployment().name("inbox-test").enableDuplicateFiltering(true)
                .addClasspathResource("inbox/inbox-test.bpmn")
                .addClasspathResource("inbox/inbox-test-form.form")
                .deploy();
        businessKey = UUID.randomUUID().toString();
        instanceId = runtime.startProcessInstanceByKey("inbox-test", businessKey, Map.of("venue", "Community centre")).getId();
        SpringMockVaadin.setUp(context, TasksView.class, TaskView.class, AuditLogView.class, MailboxView.class);
        UI.getCurrent().setLocale(Languages.WELSH);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private String taskId() {
        return tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    @SuppressWarnings("unchecked")
    private Grid<TaskSummary> grid() {
        return (Grid<TaskSummary>) _get(TasksView.class).getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
    }

    private int rowOfThisInstance() {
        List<TaskSummary> rows = GridKt._fetch(grid(), 0, GridKt._size(grid()));
        for (int row = 0; row < rows.size(); row++) {
            if (instanceId.equals(rows.get(row).processInstanceId())) {
                return row;
            }
        }
        return -1;
    }

    private List<String> tabLabels() {
        return _find(Tab.class).stream().map(Tab::getLabel).toList();
    }

    @Test
    void theTaskListIsInWelsh() {
        UI.getCurrent().navigate("tasks");
        _get(Tabs.class).setSelectedIndex(1);

        assertThat(_get(H1.class).getText()).isEqualTo("Fy nhasgau");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Fy nhasgau");
        assertThat(tabLabels()).hasSize(2);
        assertThat(tabLabels().get(0)).startsWith("Fy rhai i (");
        assertThat(tabLabels().get(1)).startsWith("Tasgau fy ngrwpiau (");
        assertThat(grid().getColumns().stream().map(Grid.Column::getHeaderText))
                .containsExactly("Tasg", "Taith", "Crëwyd", "Erbyn", "Grŵp", "");
        int row = rowOfThisInstance();
        assertThat(row).isGreaterThanOrEqualTo(0);
        assertThat(GridKt._getFormatted(grid(), row, "group")).isEqualTo("Hwylusydd");
        Component due = GridKt._getCellComponent(grid(), row, "due");
        assertThat(_find(due, Span.class, spec -> spec.withText("yn hwyr"))).hasSize(1);
        Component actions = GridKt._getCellComponent(grid(), row, "actions");
        assertThat(_get(actions, Button.class, spec -> spec.withText("Agor")).getAriaLabel()).contains("Agor Record the venue");

        _click(_get(actions, Button.class, spec -> spec.withText("Hawlio")));
        NotificationsKt.expectNotifications("Rydych chi wedi hawlio \u201cRecord the venue\u201d. Mae hi bellach o dan \u201cFy rhai i\u201d.");
        assertThat(tasks.createTaskQuery().taskId(taskId()).singleResult().getAssignee()).isEqualTo("facilitator");
    }

    @Test
    void aTasksScreenAndItsFormsProblemsAreInWelsh() {
        UI.getCurrent().navigate("tasks/" + taskId());

        assertThat(_get(H1.class).getText()).as("the model's own name").isEqualTo("Record the venue");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Tasg");
        Instant due = tasks.createTaskQuery().taskId(taskId()).singleResult().getDueDate().toInstant();
        assertThat(_find(Span.class).stream().map(Span::getText)).contains(
                "Taith: " + businessKey,
                "Erbyn " + UkTime.moment(due, Languages.WELSH),
                "yn hwyr",
                "Ar gyfer: Hwylusydd");
        assertThat(_get(RouterLink.class).getText()).isEqualTo("Yn ôl i fy nhasgau");

        TextField venue = _get(TextField.class, spec -> spec.withLabel("Venue"));
        _setValue(venue, "");
        _click(_get(Button.class, spec -> spec.withText("Cwblhau'r dasg")));
        assertThat(venue.getErrorMessage()).isEqualTo("Llenwch \u201cVenue\u201d.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-problem")).getText())
                .isEqualTo("Mae angen sylw ar rai atebion: gweler y meysydd sydd wedi'u hamlygu.");
    }

    @Test
    void aDedicatedScreensRefusalIsShownInWelshAndStaysEnglishUnderneath() {
        TaskDoneOnScreen wrongScreen = new TaskDoneOnScreen(taskId(), UUID.fromString(businessKey), "shortlist", Map.of());
        UI.getCurrent().add(new TaskFormPanel(new FormRenderer().render("{\"components\":[]}"),
                values -> screenTasks.complete(wrongScreen)));
        _click(_get(Button.class, spec -> spec.withText("Cwblhau'r dasg")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("task-problem")).getText())
                .isEqualTo("Nid yw'r dasg hon yn un y gall y sgrin hon ei chwblhau; agorwch hi o Fy nhasgau.");
        assertThatThrownBy(() -> screenTasks.complete(wrongScreen))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This task is not one this screen can finish; open it from My tasks.");
        assertThatThrownBy(() -> screenTasks.complete(new TaskDoneOnScreen("no-such-task", UUID.randomUUID(), "shortlist",
                Map.of())))
                .satisfies(refused -> assertThat(Translations.explain(refused)).isEqualTo(
                        "Mae'r dasg hon eisoes wedi'i chwblhau, neu nid yw wedi'i chynnig i chi; agorwch Fy nhasgau i weld beth sy'n aros."))
                .hasMessage("This task is already done or is not offered to you; open My tasks to see what is waiting.");
    }

    @Test
    void aFormsRulesAndAnUnreadableFormAreSaidInWelsh() {
        var form = new FormRenderer().render(NUMBER_FORM);
        UI.getCurrent().add(form);
        TextField attendance = _get(TextField.class, spec -> spec.withLabel("Attendance"));
        _setValue(attendance, "3");
        assertThat(form.submission()).isEmpty();
        assertThat(attendance.getErrorMessage()).isEqualTo("Rhowch 5 neu fwy.");
        _setValue(attendance, "a dozen");
        form.validate();
        assertThat(attendance.getErrorMessage()).isEqualTo("Rhowch rif, er enghraifft 12 neu 3.5.");

        assertThatThrownBy(() -> new FormRenderer().render("not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This form could not be read: it is not valid JSON.")
                .satisfies(refused -> assertThat(Translations.explain(refused))
                        .isEqualTo("Nid oedd modd darllen y ffurflen hon: nid yw'n JSON dilys."));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theAuditLogAndTheMailboxAreInWelsh() {
        UI.getCurrent().navigate(AuditLogView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Log archwilio");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Log archwilio | Teithiau Cymunedol");
        assertThat(_get(Grid.class, spec -> spec.withId("audit-grid")).getColumns().stream()
                .map(column -> ((Grid.Column<?>) column).getHeaderText()))
                .containsExactly("Pryd", "Pwy", "Beth", "Ynghylch", "Manylion");

        UI.getCurrent().navigate(MailboxView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Blwch post");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Blwch post | Teithiau Cymunedol");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mailbox-mode")).getText())
                .startsWith("Nid oes gwesteiwr SMTP wedi'i ffurfweddu, felly dyma'r blwch post datblygu");
        assertThat(_get(Grid.class, spec -> spec.withId("mailbox-grid")).getColumns().stream()
                .map(column -> ((Grid.Column<?>) column).getHeaderText()))
                .containsExactly("Pryd", "At", "Pwnc", "Statws");
        assertThat(Translations.label("mailbox.delivery", MailDelivery.DEV_MAILBOX, MailDelivery.DEV_MAILBOX.label()))
                .isEqualTo("Blwch post datblygu");
    }

    @Test
    void inEnglishTheTaskScreensReadAsBefore() {
        UI.getCurrent().setLocale(Languages.ENGLISH);
        UI.getCurrent().navigate("tasks");
        assertThat(_get(H1.class).getText()).isEqualTo("My tasks");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My tasks");
        assertThat(tabLabels().get(0)).startsWith("Mine (");
        assertThat(tabLabels().get(1)).startsWith("My groups\u2019 (");
        assertThat(grid().getColumns().stream().map(Grid.Column::getHeaderText))
                .containsExactly("Task", "Journey", "Created", "Due", "Group", "");

        UI.getCurrent().navigate("tasks/" + taskId());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Task");
        Instant due = tasks.createTaskQuery().taskId(taskId()).singleResult().getDueDate().toInstant();
        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains("Journey: " + businessKey, "Due " + UkTime.moment(due), "overdue", "For: Facilitator");
        assertThat(_get(RouterLink.class).getText()).isEqualTo("Back to my tasks");
        TextField venue = _get(TextField.class, spec -> spec.withLabel("Venue"));
        _setValue(venue, "");
        _click(_get(Button.class, spec -> spec.withText("Complete task")));
        assertThat(venue.getErrorMessage()).isEqualTo("Fill in \u201cVenue\u201d.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-problem")).getText())
                .isEqualTo("Some answers need attention: see the highlighted fields.");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void inEnglishTheAuditLogAndTheMailboxReadAsBefore() {
        UI.getCurrent().setLocale(Languages.ENGLISH);
        UI.getCurrent().navigate(AuditLogView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Audit log");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Audit log | Community Journeys");
        assertThat(_get(Grid.class, spec -> spec.withId("audit-grid")).getColumns().stream()
                .map(column -> ((Grid.Column<?>) column).getHeaderText()))
                .containsExactly("When", "Who", "What", "About", "Detail");
        UI.getCurrent().navigate(MailboxView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mailbox | Community Journeys");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mailbox-mode")).getText()).startsWith(
                "No SMTP host is configured, so this is the dev mailbox: mail is kept here (and written to the log) "
                        + "instead of being sent.");
        assertThat(_get(Grid.class, spec -> spec.withId("mailbox-grid")).getColumns().stream()
                .map(column -> ((Grid.Column<?>) column).getHeaderText()))
                .containsExactly("When", "To", "Subject", "Status");
    }
}
