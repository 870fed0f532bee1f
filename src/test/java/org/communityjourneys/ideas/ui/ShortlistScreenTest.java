package org.communityjourneys.ideas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.journey.ui.JourneyView;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shortlist screen on a journey waiting at "Confirm shortlist": every check's result and
 * reason is shown; going against the rules without a reason is refused and changes nothing; the
 * confirmed shortlist is exactly the facilitator's and the task is done.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class ShortlistScreenTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    org.communityjourneys.showcase.service.ShowcaseService showcaseService;

    Journey journey;
    UUID fine;
    UUID tooDear;
    Task task;

    @BeforeEach
    void journeyAtTheShortlist() {
        journey = Journeys.launchToShowcase(journeys, management, 500_000);
        String instance = journey.getProcessInstanceId();
        Task showcase = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("recordShowcase").singleResult();
        Journeys.recordConversation(showcaseService, journey.getId(), "Library");
        tasks.complete(showcase.getId(), Map.of());
        Journeys.runDueJobs(management, instance);
        fine = submit("Messy play " + UUID.randomUUID(), 80_000);
        tooDear = submit("<b>New play park</b> " + UUID.randomUUID(), 600_000);
        runtime.createMessageCorrelation("CloseIdeasEarly").processInstanceBusinessKey(journey.getId().toString()).correlate();
        Journeys.runDueJobs(management, instance);
        task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("confirmShortlist").singleResult();
        assertThat(task).as("the journey waits at Confirm shortlist").isNotNull();

        SpringMockVaadin.setUp(context, ShortlistView.class, JourneyIdeasView.class, JourneyView.class);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/shortlist",
                QueryParameters.of("task", task.getId()));
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private UUID submit(String title, long pence) {
        return SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft(title, "For families.", pence, Theme.BEST_START_IN_LIFE,
                Journeys.WARD, "A group", "a@example.org"), "resident"));
    }

    @Test
    void eachCheckIsShownWithItsResultAndReason() {
        List<String> checks = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(checks).contains("Passed: Journey budget. Fits within the journey's budget.",
                "Failed: Journey budget. The estimated cost is more than this journey's whole budget.");
        assertThat(checks).filteredOn(text -> text.startsWith("Passed: Cost band")).hasSize(2);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("choice-" + tooDear)).getValue()).isEqualTo("Leave out");
    }

    @Test
    @SuppressWarnings("unchecked")
    void overridingNeedsAReasonAndTheConfirmedShortlistIsTheFacilitators() {
        RadioButtonGroup<String> include = _get(RadioButtonGroup.class, spec -> spec.withId("choice-" + tooDear));
        include.setValue(ShortlistView.INCLUDE);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("confirm-shortlist")));
        assertThat(ideas.get(tooDear).getStatus()).isEqualTo(IdeaStatus.INELIGIBLE);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        _get(TextArea.class, spec -> spec.withId("reason-" + tooDear)).setValue("Top-up funding is promised.");
        RadioButtonGroup<String> leaveOut = _get(RadioButtonGroup.class, spec -> spec.withId("choice-" + fine));
        leaveOut.setValue(ShortlistView.LEAVE_OUT);
        _get(TextArea.class, spec -> spec.withId("reason-" + fine)).setValue("Already funded by the school.");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("confirm-shortlist")));

        assertThat(ideas.get(tooDear).getStatus()).isEqualTo(IdeaStatus.SHORTLISTED);
        assertThat(ideas.get(tooDear).getDecisionReason()).isEqualTo("Top-up funding is promised.");
        assertThat(ideas.get(fine).getStatus()).isEqualTo(IdeaStatus.EXCLUDED);
        assertThat(ideas.get(fine).getDecisionReason()).isEqualTo("Already funded by the school.");
        assertThat(ideas.shortlist(journey.getId())).containsExactly(tooDear);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(ideas.isShortlistConfirmed(journey.getId())).isTrue();

        UI.getCurrent().navigate("journeys/" + journey.getId());
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/shortlist");
        assertThat(_get(Paragraph.class, spec -> spec.withId("shortlist-confirmed")).getText())
                .isEqualTo("The shortlist is confirmed: 1 idea goes to the vote.");
    }
}
