package org.communityjourneys.showcase;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.ShowcaseConversation;
import org.communityjourneys.showcase.domain.StoryPhotoRepository;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.showcase.ui.ShowcaseView;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.Photos;
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

/** The facilitator's showcase screen, driven with Karibu-Testing on the real services and engine. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class ShowcaseScreenTest {

    static final ZoneId COUNTY = ZoneId.of("Europe/London");

    @Autowired
    ApplicationContext context;
    @Autowired
    JourneyService journeys;
    @Autowired
    ShowcaseService showcase;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    StoryPhotoRepository photos;

    Journey journey;
    Task task;

    @BeforeEach
    void openTheScreenFromTheTask() {
        journey = Journeys.launchToShowcase(journeys, management, 40_000);
        task = tasks.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey("recordShowcase").singleResult();
        SpringMockVaadin.setUp(context, ShowcaseView.class, JourneyView.class);
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/showcase",
                QueryParameters.of("task", task.getId()));
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConversationWithAssetsNeedsAndAStoryWithAPhotoIsSaved() {
        click("add-conversation");
        fillBasics("Leominster library", 23);
        click("add-asset");
        ((ComboBox<AssetKind>) _get(ComboBox.class, spec -> spec.withId("asset-kind-0"))).setValue(AssetKind.GROUP);
        _get(TextField.class, spec -> spec.withId("asset-name-0")).setValue("Parent and toddler group");
        click("add-offer");
        _get(TextField.class, spec -> spec.withId("offer-0")).setValue("Run a stay-and-play");
        click("add-need");
        _get(TextArea.class, spec -> spec.withId("need-0")).setValue("Somewhere warm with babies");
        ((MultiSelectComboBox<Theme>) _get(MultiSelectComboBox.class, spec -> spec.withId("need-themes-0")))
                .select(Theme.BEST_START_IN_LIFE);
        ((MultiSelectComboBox<Population>) _get(MultiSelectComboBox.class, spec -> spec.withId("need-populations-0")))
                .select(Population.LONELY_OR_ISOLATED);
        click("add-story");
        _get(TextArea.class, spec -> spec.withId("story-0")).setValue("A grandmother found friends at the group.");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("story-photo-0")), "group.png", "image/png", Photos.png());
        assertThat(_get(Span.class, spec -> spec.withId("story-photo-state-0")).getText()).contains("New photo ready");
        _get(TextField.class, spec -> spec.withId("story-caption-0")).setValue("Toddlers playing with bricks");

        click("save-conversation");

        assertThat(showcase.count(journey.getId())).isEqualTo(1);
        ShowcaseConversation saved = showcase.forJourney(journey.getId()).get(0);
        assertThat(saved.getAssets()).singleElement().satisfies(asset -> assertThat(asset.getKind()).isEqualTo(AssetKind.GROUP));
        assertThat(saved.getNeeds().get(0).getThemes()).isEqualTo(Set.of(Theme.BEST_START_IN_LIFE));
        assertThat(saved.getStories().get(0).hasPhoto()).isTrue();
        assertThat(_get(H3.class, spec -> spec.withText(heading("Leominster library")))).isNotNull();
        Image photo = _get(Image.class);
        assertThat(photo.getAlt()).contains("Toddlers playing with bricks");
        assertThat(photo.getSrc()).isEqualTo("api/showcase/photos/" + saved.getStories().get(0).getPhotoId());
    }

    @Test
    void aTextFilePretendingToBeAPngIsRefusedAtOnceAndNotSaved() {
        long photosBefore = photos.count();
        click("add-conversation");
        fillBasics("Market hall", 5);
        click("add-story");
        _get(TextArea.class, spec -> spec.withId("story-0")).setValue("A story");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("story-photo-0")), "holiday.png", "image/png",
                Photos.textPretendingToBeAPng());

        assertThat(_get(Span.class, spec -> spec.withId("story-photo-state-0")).getText())
                .contains("is not a JPEG, PNG or WebP image").contains("The photo was not added.");
        click("save-conversation");
        assertThat(showcase.forJourney(journey.getId())).singleElement()
                .satisfies(conversation -> assertThat(conversation.getStories().get(0).hasPhoto()).isFalse());
        assertThat(photos.count()).isEqualTo(photosBefore);
    }

    @Test
    void aPhotoOverTheLimitIsRefusedAtOnce() {
        click("add-conversation");
        click("add-story");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("story-photo-0")), "big.png", "image/png",
                Photos.pngOfSize((int) showcase.photoMaxBytes() + 1));

        assertThat(_get(Span.class, spec -> spec.withId("story-photo-state-0")).getText())
                .contains("is too large: photos can be at most 5 MB.");
    }

    @Test
    void aFutureDateAndNegativeAttendanceAreRefusedOnTheirFields() {
        click("add-conversation");
        _get(DatePicker.class, spec -> spec.withId("conversation-date")).setValue(today().plusDays(2));
        _get(TextField.class, spec -> spec.withId("conversation-venue")).setValue("Hall");
        _get(IntegerField.class, spec -> spec.withId("conversation-attendance")).setValue(-3);

        click("save-conversation");

        assertThat(showcase.count(journey.getId())).isZero();
        assertThat(_get(DatePicker.class, spec -> spec.withId("conversation-date")).getErrorMessage())
                .isEqualTo("The conversation date cannot be in the future.");
        assertThat(_get(IntegerField.class, spec -> spec.withId("conversation-attendance")).getErrorMessage())
                .isEqualTo("Attendance cannot be negative.");
        assertThat(_get(Div.class, spec -> spec.withId("conversation-problems")).getElement().getTextRecursively())
                .contains("The conversation was not saved.");
    }

    @Test
    void scriptAndHtmlAreShownAsPlainText() {
        String script = "<img src=x onerror=alert(1)><script>alert('x')</script>";
        click("add-conversation");
        fillBasics(script, 4);
        click("add-story");
        _get(TextArea.class, spec -> spec.withId("story-0")).setValue(script);
        click("save-conversation");

        assertThat(_get(H3.class, spec -> spec.withText(heading(script)))).isNotNull();
        assertThat(_find(Html.class)).isEmpty();
        assertThat(_get(ShowcaseView.class).getElement().getTextRecursively()).contains(script);
    }

    @Test
    void anEditedConversationIsSavedInPlace() {
        click("add-conversation");
        fillBasics("Chapel", 9);
        click("save-conversation");

        click("edit-conversation-0");
        assertThat(_get(TextField.class, spec -> spec.withId("conversation-venue")).getValue()).isEqualTo("Chapel");
        _get(IntegerField.class, spec -> spec.withId("conversation-attendance")).setValue(11);
        click("save-conversation");

        assertThat(showcase.forJourney(journey.getId())).singleElement()
                .satisfies(conversation -> assertThat(conversation.getAttendance()).isEqualTo(11));
    }

    @Test
    void finishingWithNoConversationIsRefusedAndTheTaskStaysOpen() {
        click("finish-showcase");

        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getId)
                .anySatisfy(id -> assertThat(id).contains("finish-refused"));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("journeys/" + journey.getId() + "/showcase");
    }

    @Test
    void finishingCompletesTheTaskAndOpensTheJourney() {
        click("add-conversation");
        fillBasics("Grange community centre", 30);
        click("save-conversation");

        click("finish-showcase");

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("journeys/" + journey.getId());
        Journeys.runDueJobs(management, journey.getProcessInstanceId());
        assertThat(journeys.get(journey.getId()).getStage()).isEqualTo(JourneyStage.IDEAS);
    }

    @Test
    void withoutATaskConversationsCanStillBeAddedButNotFinished() {
        UI.getCurrent().navigate("journeys/" + journey.getId() + "/showcase");

        assertThat(_find(Button.class, spec -> spec.withId("finish-showcase"))).isEmpty();
        click("add-conversation");
        fillBasics("Village hall", 12);
        click("save-conversation");
        assertThat(showcase.count(journey.getId())).isEqualTo(1);
    }

    private void fillBasics(String venue, int attendance) {
        _get(DatePicker.class, spec -> spec.withId("conversation-date")).setValue(today().minusDays(1));
        _get(TextField.class, spec -> spec.withId("conversation-venue")).setValue(venue);
        _get(IntegerField.class, spec -> spec.withId("conversation-attendance")).setValue(attendance);
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static LocalDate today() {
        return LocalDate.now(COUNTY);
    }

    /** The heading of a conversation filled in by {@link #fillBasics}: venue and date, as in "3 March 2026". */
    private static String heading(String venue) {
        return venue + ", " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(today().minusDays(1));
    }
}
