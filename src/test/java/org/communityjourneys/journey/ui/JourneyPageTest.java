package org.communityjourneys.journey.ui;

import org.communityjourneys.support.SpringMockVaadin;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import elemental.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.EnumSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.camunda.bpm.engine.TaskService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.LaunchPlan;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.journey.service.JourneyProgress;
import org.communityjourneys.journey.service.JourneyProgress.Progress;
import org.communityjourneys.journey.service.JourneyProgress.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The journey page and the progress it reads from Camunda's history. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "resident", roles = "RESIDENT")
class JourneyPageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcaseService;
    @Autowired
    WardDirectory wards;
    @Autowired
    JourneyProgress progress;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AccountService accounts;

    private Journey journey;

    @BeforeEach
    void launchAJourney() {
        Instant ideasClose = Instant.now().plus(Duration.ofDays(20));
        LinkedHashSet<String> wardCodes = new LinkedHashSet<>();
        wards.all().stream().limit(1).forEach(ward -> wardCodes.add(ward.getCode()));
        journey = SignedIn.as("facilitator", "FACILITATOR", () -> journeys.launch(new LaunchPlan("Wellbeing in " + wards.all().get(0).getName(), wardCodes,
                Theme.MENTAL_WELLBEING, 500_000, ideasClose, ideasClose.plus(Duration.ofDays(3)),
                ideasClose.plus(Duration.ofDays(10))), "facilitator"));
        Journeys.runDueJobs(management, journeys.get(journey.getId()).getProcessInstanceId());
        journey = journeys.get(journey.getId());
        SpringMockVaadin.setUp(context, JourneyView.class, JourneysView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    void aLaunchedJourneyWaitsAtItsFirstUserTaskAndItsTimelineStartsWithTheFacilitator() {
        Progress now = progress.of(journey.getId()).orElseThrow();

        assertThat(now.ended()).isFalse();
        assertThat(now.active()).isNotEmpty().allMatch(step -> "userTask".equals(step.type()));
        assertThat(now.activeElementIds()).containsExactlyElementsOf(now.active().stream().map(Step::elementId).toList());
        assertThat(now.openTasks()).extracting(JourneyProgress.OpenTask::elementId)
                .containsAll(now.activeElementIds());
        assertThat(now.completed()).isNotEmpty();
        Step start = now.completed().get(0);
        assertThat(start.type()).isEqualTo("startEvent");
        assertThat(start.who()).isEqualTo("facilitator");
        assertThat(start.endedAt()).isNotNull();
        assertThat(now.completedElementIds()).contains(start.elementId()).doesNotContainAnyElementsOf(now.activeElementIds());
        assertThat(now.bpmnXml()).contains("community-journey");
        assertThat(now.troubles()).isEmpty();
    }

    @Test
    void aJourneyWithoutAProcessHasNoProgress() {
        assertThat(progress.of(UUID.randomUUID())).isEmpty();
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void thePageShowsTheJourneyTheDiagramWithTheCurrentStageAndTheTimeline() {
        Progress now = progress.of(journey.getId()).orElseThrow();

        UI.getCurrent().navigate("journeys/" + journey.getId());

        assertThat(_get(H1.class, spec -> spec.withId("journey-heading")).getText()).isEqualTo(journey.getTitle());
        BpmnDiagram diagram = _get(BpmnDiagram.class);
        assertThat(diagram.getElement().getProperty("xml")).isEqualTo(now.bpmnXml());
        assertThat(((JsonValue) diagram.getElement().getPropertyRaw("activeIds")).toJson())
                .contains(now.activeElementIds().get(0));
        assertThat(diagram.getElement().getProperty("label"))
                .startsWith("Process diagram, current stage: " + journey.getStage().label())
                .contains(now.active().get(0).name());
        String timeline = _get(OrderedList.class, spec -> spec.withId("journey-timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains(now.completed().get(0).name()).contains("by facilitator");
        String waiting = _get(UnorderedList.class, spec -> spec.withId("journey-now")).getElement().getTextRecursively();
        assertThat(waiting).contains(now.openTasks().get(0).name());
    }

    @Test
    void whileIdeasAreCollectedThePageSaysWhatTheJourneyWaitsFor() {
        String processInstanceId = journeys.get(journey.getId()).getProcessInstanceId();
        String showcase = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        SignedIn.asFacilitator(() -> showcaseService.record(journey.getId(), new ConversationRecord(
                LocalDate.now().minusDays(1), "Library", 12, null, null, null, null)));
        taskService.complete(showcase, Map.of());
        Journeys.runDueJobs(management, processInstanceId);

        Progress now = progress.of(journey.getId()).orElseThrow();
        assertThat(now.openTasks()).isEmpty();
        assertThat(now.awaitedEvents()).extracting(JourneyProgress.Waiting::name)
                .containsExactlyInAnyOrder("Ideas deadline", "Facilitator closes ideas early");
        assertThat(now.awaitedEvents()).filteredOn(event -> event.due() != null).singleElement()
                .satisfies(deadline -> assertThat(deadline.due()).isEqualTo(journey.getIdeasCloseAt().truncatedTo(ChronoUnit.MILLIS)));

        UI.getCurrent().navigate("journeys/" + journey.getId());
        String waiting = _get(UnorderedList.class, spec -> spec.withId("journey-now")).getElement().getTextRecursively();
        assertThat(waiting).contains("Waiting for: Ideas deadline (").contains("Waiting for: Facilitator closes ideas early")
                .doesNotContain("Nothing is waiting");
    }

    @Test
    void anUnknownJourneyIsNotFound() {
        UI.getCurrent().navigate("journeys/" + UUID.randomUUID());

        assertThat(_get(H1.class).getText()).isEqualTo("Journey not found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsTheJourneyAndLinksToItsPage() {
        UI.getCurrent().navigate(JourneysView.class);

        Grid<Journey> grid = _get(Grid.class, spec -> spec.withId("journeys-grid"));
        List<Journey> rows = grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(Journey::getId).contains(journey.getId());
        assertThat(rows.get(0).getId()).isEqualTo(journey.getId());
        Anchor link = (Anchor) GridKt._getCellComponent(grid, 0, "title");
        assertThat(link.getHref()).isEqualTo("journeys/" + journey.getId());
        assertThat(link.getText()).isEqualTo(journey.getTitle());

        GridKt._clickItem(grid, 0, 0, false, false, false, false);

        assertThat(_get(H1.class, spec -> spec.withId("journey-heading")).getText()).isEqualTo(journey.getTitle());
    }

    @Test
    void residentsSeeRolesNotUsernamesAndNoIncidentsStaffSeeNamesAndOnlyGovernanceSeesIncidents() {
        String fiona = "fiona-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.ensureAccount(fiona, "Fiona", "a long password", EnumSet.of(Role.FACILITATOR), null, false);
        Journey launched = SignedIn.as(fiona, "FACILITATOR", () -> journeys.launch(Journeys.plan(300_000), fiona));
        String instance = journeys.get(launched.getId()).getProcessInstanceId();
        Journeys.runDueJobs(management, instance);
        org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        taskService.setAssignee(task.getId(), fiona);
        runtime.createIncident("cj-test", task.getExecutionId(), null, "Mail to " + fiona + " could not be sent");

        // the class signs in as a resident
        Progress shown = progress.shownToCurrentUser(launched.getId()).orElseThrow();
        assertThat(shown.troubles()).isEmpty();
        assertThat(shown.completed().get(0).who()).isEqualTo("a facilitator");
        assertThat(shown.openTasks()).singleElement()
                .satisfies(open -> assertThat(open.assignee()).isEqualTo("a facilitator"));
        UI.getCurrent().navigate("journeys/" + launched.getId());
        String page = _get(com.vaadin.flow.component.html.Main.class).getElement().getTextRecursively();
        assertThat(page).doesNotContain(fiona).doesNotContain("Needs attention")
                .contains("by a facilitator").contains("with a facilitator");

        Progress toPanel = SignedIn.as("panel", "PANEL", () -> progress.shownToCurrentUser(launched.getId()).orElseThrow());
        assertThat(toPanel.completed().get(0).who()).isEqualTo(fiona);
        assertThat(toPanel.openTasks().get(0).assignee()).isEqualTo(fiona);
        assertThat(toPanel.troubles()).isEmpty();

        Progress toGovernance = SignedIn.as("governance", "GOVERNANCE",
                () -> progress.shownToCurrentUser(launched.getId()).orElseThrow());
        assertThat(toGovernance.troubles()).singleElement()
                .satisfies(trouble -> assertThat(trouble.message()).contains(fiona));
        assertThat(toGovernance.openTasks().get(0).assignee()).isEqualTo(fiona);
    }
}
