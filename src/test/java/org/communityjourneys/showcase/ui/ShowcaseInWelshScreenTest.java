package org.communityjourneys.showcase.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.discussion.ui.IdeaDiscussionView;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.ideas.ui.JourneyIdeasView;
import org.communityjourneys.ideas.ui.ShortlistView;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.journey.ui.JourneyView;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
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
 * The showcase and shortlist screens (staff), a refusal of an idea and of a comment (residents),
 * while the UI is in Welsh; and the same texts still in English (UK) when it is not.
 */
@SpringBootTest
@ActiveProfiles("test")
class ShowcaseInWelshScreenTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcase;
    @Autowired
    IdeaService ideas;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void screens() {
        SpringMockVaadin.setUp(context, ShowcaseView.class, ShortlistView.class, JourneyIdeasView.class,
                IdeaDiscussionView.class, JourneyView.class);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void theShowcaseScreenAndItsConversationsAreInWelsh() {
        Journey journey = Journeys.launchToShowcase(journeys, management, 40_000);
        Journeys.recordConversation(showcase, journey.getId(), "Llyfrgell");
        openShowcase(journey, Languages.WELSH);

        assertThat(_get(H1.class).getText()).isEqualTo("Arddangos: " + journey.getTitle());
        assertThat(_get(Paragraph.class, spec -> spec.withId("showcase-privacy")).getText())
                .startsWith("Caiff yr hyn rydych chi'n ei gofnodi yma ei gyhoeddi ar dudalen y ward.");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Sgyrsiau a gofnodwyd (1)", "Gorffen cam yr arddangos");
        LocalDate held = LocalDate.now().minusDays(2);
        assertThat(_get(H3.class).getText())
                .isEqualTo("Llyfrgell, " + DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.WELSH).format(held));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Cymerodd 18 o bobl ran.", "Asedau cymunedol:", "Straeon:");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Lle: A library with a meeting room",
                "Somewhere warm to meet with babies [Y dechrau gorau mewn bywyd (0-5 oed)]");
        assertThat(_get(Button.class, spec -> spec.withId("add-conversation")).getText()).isEqualTo("Ychwanegu sgwrs");
        assertThat(_get(Button.class, spec -> spec.withId("finish-showcase")).getText()).isEqualTo("Gorffen cam yr arddangos");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sgyrsiau arddangos | Teithiau Cymunedol");
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void aConversationsProblemsAreSaidInWelshUnderTheirFields() {
        Journey journey = Journeys.launchToShowcase(journeys, management, 40_000);
        openShowcase(journey, Languages.WELSH);
        click("add-conversation");
        assertThat(_get(TextField.class, spec -> spec.withId("conversation-venue")).getLabel()).isEqualTo("Lleoliad");
        assertThat(_get(Button.class, spec -> spec.withId("add-story")).getText()).isEqualTo("Ychwanegu stori");

        _get(DatePicker.class, spec -> spec.withId("conversation-date")).setValue(LocalDate.now().plusDays(2));
        _get(TextField.class, spec -> spec.withId("conversation-venue")).setValue("Neuadd");
        _get(IntegerField.class, spec -> spec.withId("conversation-attendance")).setValue(-3);
        click("add-offer");
        click("save-conversation");

        assertThat(showcase.count(journey.getId())).isZero();
        assertThat(_get(DatePicker.class, spec -> spec.withId("conversation-date")).getErrorMessage())
                .isEqualTo("Ni all dyddiad y sgwrs fod yn y dyfodol.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("conversation-attendance")).getErrorMessage())
                .isEqualTo("Ni all nifer y bobl a oedd yno fod yn negyddol.");
        String problems = _get(Div.class, spec -> spec.withId("conversation-problems")).getElement().getTextRecursively();
        assertThat(problems).contains("Ni chafodd y sgwrs ei chadw.")
                .contains("Cynnig 1: ysgrifennwch rywbeth, neu tynnwch y rhan hon.");
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    void finishingWithNoConversationIsRefusedInWelshAndInEnglish() {
        Journey journey = Journeys.launchToShowcase(journeys, management, 40_000);
        openShowcase(journey, Languages.WELSH);
        click("finish-showcase");
        NotificationsKt.expectNotifications("Cofnodwch o leiaf un sgwrs arddangos cyn gorffen cam yr arddangos.");

        openShowcase(journey, Languages.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Showcase: " + journey.getTitle());
        click("finish-showcase");
        NotificationsKt.expectNotifications("Record at least one showcase conversation before finishing the showcase stage.");
    }

    @Test
    @WithMockUser(username = "facilitator", roles = "FACILITATOR")
    @SuppressWarnings("unchecked")
    void theShortlistScreenAndItsRefusalAreInWelsh() {
        Journey journey = journeyAtTheShortlist();
        UUID tooDear = ideas.forJourney(journey.getId()).stream()
                .filter(idea -> idea.getEstimatedCostPence() == 600_000).findFirst().orElseThrow().getId();
        Task task = tasks.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey("confirmShortlist").singleResult();
        UI.getCurrent().setLocale(Languages.WELSH);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/shortlist", QueryParameters.of("task", task.getId()));

        assertThat(_get(H1.class).getText()).isEqualTo("Rhestr fer: " + journey.getTitle());
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Wedi pasio: "))
                .anySatisfy(text -> assertThat(text).startsWith("Wedi methu: "));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Mae'r rheolau'n awgrymu: ei adael allan.", "Mae'r rheolau'n awgrymu: ei gynnwys.");
        RadioButtonGroup<String> choice = _get(RadioButtonGroup.class, spec -> spec.withId("choice-" + tooDear));
        assertThat(choice.getLabel()).isEqualTo("Eich penderfyniad");
        assertThat(choice.getItemLabelGenerator().apply(choice.getValue())).isEqualTo("Ei adael allan");
        assertThat(_get(TextArea.class, spec -> spec.withId("reason-" + tooDear)).getLabel())
                .isEqualTo("Y rheswm y mae'r awdur yn ei weld");
        assertThat(_get(Button.class, spec -> spec.withId("confirm-shortlist")).getText()).isEqualTo("Cadarnhau'r rhestr fer");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Rhestr fer | Teithiau Cymunedol");

        choice.setValue("Include on the ballot");
        click("confirm-shortlist");
        String title = ideas.get(tooDear).getTitle();
        NotificationsKt.expectNotifications("Rhowch reswm dros fynd yn groes i'r rheolau cymhwysedd ar \"" + title + "\".");
        assertThat(ideas.isShortlistConfirmed(journey.getId())).isFalse();

        UI.getCurrent().setLocale(Languages.ENGLISH);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/shortlist", QueryParameters.of("task", task.getId()));
        assertThat(_get(H1.class).getText()).isEqualTo("Shortlist: " + journey.getTitle());
        RadioButtonGroup<String> english = _get(RadioButtonGroup.class, spec -> spec.withId("choice-" + tooDear));
        assertThat(english.getItemLabelGenerator().apply("Include on the ballot")).isEqualTo("Include on the ballot");
    }

    @Test
    @WithMockUser(username = "author", roles = "RESIDENT")
    void anIdeasRefusalIsSaidInWelshUnderTheField() {
        Journeys.residents(accounts, "author");
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        UUID fridge = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Community fridge",
                "A fridge for everyone", 10_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "a@example.org"), "author"));
        UI.getCurrent().setLocale(Languages.WELSH);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas");

        TextField postcode = _get(TextField.class, spec -> spec.withId("place-postcode-" + fridge));
        postcode.setValue("xyz");
        click("place-by-postcode-" + fridge);
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("Nid yw \"XYZ\" yn god post: rhowch gynnig ar un fel HR1 1BJ.");

        // the service says the same in English (UK), as before
        assertThatThrownBy(() -> SignedIn.as("author", "RESIDENT", () -> ideas.support(fridge, "author")))
                .hasMessage("You put this idea forward, so you cannot support it yourself: ask your neighbours to support it.")
                .satisfies(refused -> assertThat(((Worded) refused).in(Languages.WELSH)).isEqualTo(
                        "Chi a gyflwynodd y syniad hwn, felly ni allwch ei gefnogi eich hun: gofynnwch i'ch cymdogion ei gefnogi."));
    }

    @Test
    @WithMockUser(username = "neighbour", roles = "RESIDENT")
    void aCommentsRefusalIsSaidInWelsh() {
        Journeys.residents(accounts, "author", "neighbour");
        Journey journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as("author", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Community fridge",
                "Food that would be thrown away, shared.", 30_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, null, null, Set.of()),
                "author"));
        UI.getCurrent().setLocale(Languages.WELSH);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");

        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("   ");
        click("comment-post");
        NotificationsKt.expectNotifications("Ysgrifennwch rywbeth yn gyntaf.");

        UI.getCurrent().setLocale(Languages.ENGLISH);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/ideas/" + idea + "/discussion");
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("   ");
        click("comment-post");
        NotificationsKt.expectNotifications("Write something first.");
    }

    // ------------------------------------------------------------------------------------ helpers

    private void openShowcase(Journey journey, java.util.Locale language) {
        Task task = tasks.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey("recordShowcase").singleResult();
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/showcase", QueryParameters.of("task", task.getId()));
    }

    /** A journey waiting at "Confirm shortlist" with one idea the rules pass and one they fail (too dear). */
    private Journey journeyAtTheShortlist() {
        Journey journey = Journeys.launchToShowcase(journeys, management, 500_000);
        String instance = journey.getProcessInstanceId();
        Task recordShowcase = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("recordShowcase").singleResult();
        Journeys.recordConversation(showcase, journey.getId(), "Library");
        tasks.complete(recordShowcase.getId(), Map.of());
        Journeys.runDueJobs(management, instance);
        for (long pence : List.of(80_000L, 600_000L)) {
            SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Play " + UUID.randomUUID(),
                    "For families.", pence, Theme.BEST_START_IN_LIFE, Journeys.WARD, "A group", "a@example.org"), "resident"));
        }
        runtime.createMessageCorrelation("CloseIdeasEarly").processInstanceBusinessKey(journey.getId().toString()).correlate();
        Journeys.runDueJobs(management, instance);
        return journey;
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }
}
