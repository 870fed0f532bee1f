package org.communityjourneys.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.ui.LaunchJourneyView;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.communityjourneys.tasks.service.TaskInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The task list and the task screen on a mock Vaadin UI, backed by the real engine. */
@SpringBootTest
@ActiveProfiles("test")
class TaskViewsTest {

    @Autowired TaskInbox inbox;
    @Autowired TaskScreens screens;
    @Autowired CurrentUser currentUser;
    @Autowired org.communityjourneys.chest.service.ChestService chest;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    private String instanceId;

    @BeforeEach
    void setUp() {
        repository.createDeployment().name("inbox-test").enableDuplicateFiltering(true)
                .addClasspathResource("inbox/inbox-test.bpmn")
                .addClasspathResource("inbox/inbox-test-form.form")
                .deploy();
        instanceId = runtime.startProcessInstanceByKey("inbox-test", UUID.randomUUID().toString(),
                Map.of("venue", "Community centre")).getId();
        MockVaadin.setup(new Routes(Set.of(TasksView.class, TaskView.class, LaunchJourneyView.class), Set.of(), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static void logIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    private String taskId() {
        return tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    /** The grid is hidden when the list is empty, so it is looked up without the visibility filter. */
    @SuppressWarnings("unchecked")
    private Grid<TaskSummary> grid() {
        TasksView view = _get(TasksView.class);
        return (Grid<TaskSummary>) view.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
    }

    private int rowOfThisInstance() {
        Grid<TaskSummary> grid = grid();
        List<TaskSummary> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        for (int row = 0; row < rows.size(); row++) {
            if (instanceId.equals(rows.get(row).processInstanceId())) {
                return row;
            }
        }
        return -1;
    }

    private void showGroupsTab() {
        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedIndex(1);
    }

    @Test
    void aFacilitatorSeesTheGroupTaskAsOverdueAndClaimsIt() {
        logIn("facilitator", Role.FACILITATOR);
        UI.getCurrent().add(new TasksView(inbox, currentUser));
        showGroupsTab();
        int row = rowOfThisInstance();
        assertThat(row).isGreaterThanOrEqualTo(0);
        Component due = GridKt._getCellComponent(grid(), row, "due");
        assertThat(_find(due, Span.class, spec -> spec.withText("overdue"))).hasSize(1);

        Component actions = GridKt._getCellComponent(grid(), row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Claim")));

        assertThat(tasks.createTaskQuery().taskId(taskId()).singleResult().getAssignee()).isEqualTo("facilitator");
        assertThat(rowOfThisInstance()).isEqualTo(-1);
        _get(Tabs.class).setSelectedIndex(0);
        assertThat(rowOfThisInstance()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aResidentDoesNotSeeTheFacilitatorTask() {
        logIn("resident", Role.RESIDENT);
        UI.getCurrent().add(new TasksView(inbox, currentUser));
        showGroupsTab();
        assertThat(rowOfThisInstance()).isEqualTo(-1);
    }

    private BeforeEnterEvent open(String taskId) {
        TaskView view = new TaskView(inbox, screens, currentUser, chest);
        UI ui = UI.getCurrent();
        ui.add(view);
        BeforeEnterEvent event = new BeforeEnterEvent(ui.getInternals().getRouter(), NavigationTrigger.PROGRAMMATIC,
                new Location("tasks/" + taskId), TaskView.class, new RouteParameters("taskId", taskId), ui, List.of());
        view.beforeEnter(event);
        return event;
    }

    @Test
    void theTaskScreenRendersTheDeployedFormWithExistingValues() {
        logIn("facilitator", Role.FACILITATOR);
        open(taskId());
        assertThat(_get(H1.class).getText()).isEqualTo("Record the venue");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Venue")).getValue()).isEqualTo("Community centre");
        _get(Button.class, spec -> spec.withText("Complete task"));
    }

    @Test
    void aResidentOpeningAFacilitatorTaskIsTurnedAway() {
        logIn("resident", Role.RESIDENT);
        open(taskId());
        assertThat(_get(H1.class).getText()).isEqualTo("Task not available");
        assertThat(_find(Button.class, spec -> spec.withText("Complete task"))).isEmpty();
    }

    @Test
    void aScreenTaskWhoseScreenIsNotThereYetSaysSo() {
        logIn("facilitator", Role.FACILITATOR);
        inbox.complete(taskId(), Map.of("venue", "Hall"), "facilitator", EnumSet.of(Role.FACILITATOR));
        open(taskId());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("\u201cshortlist\u201d screen is not available yet"));
    }

    @Test
    void aScreenTaskWhoseScreenExistsForwardsToItWithTheTaskId() {
        logIn("facilitator", Role.FACILITATOR);
        Set<Role> facilitator = EnumSet.of(Role.FACILITATOR);
        inbox.complete(taskId(), Map.of("venue", "Hall"), "facilitator", facilitator);
        inbox.complete(taskId(), Map.of(), "facilitator", facilitator);
        String planNext = taskId();
        BeforeEnterEvent event = open(planNext);
        assertThat(event.hasForwardTarget()).isTrue();
        assertThat(event.getForwardTargetType()).isEqualTo(LaunchJourneyView.class);
        assertThat(event.getForwardUrl()).isEqualTo("journeys/launch");
    }
}
