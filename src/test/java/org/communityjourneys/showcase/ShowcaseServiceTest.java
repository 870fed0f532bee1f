package org.communityjourneys.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.showcase.domain.AssetNote;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.showcase.domain.NeedNote;
import org.communityjourneys.showcase.domain.PhotoUpload;
import org.communityjourneys.showcase.domain.ShowcaseConversation;
import org.communityjourneys.showcase.domain.ShowcaseNeed;
import org.communityjourneys.showcase.domain.ShowcaseStory;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.domain.StoryPhotoRepository;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.Photos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Recording showcase conversations on the real database: what is kept, what is refused, and photos. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "facilitator", roles = "FACILITATOR")
class ShowcaseServiceTest {

    static final ZoneId COUNTY = ZoneId.of("Europe/London");

    @Autowired
    ShowcaseService showcase;
    @Autowired
    JourneyService journeys;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    StoryPhotoRepository photos;
    @Autowired
    AuditLog audit;

    Journey journey;

    @BeforeEach
    void journeyAtTheShowcase() {
        journey = Journeys.launchToShowcase(journeys, management, 50_000);
        assertThat(journey.getStage()).isEqualTo(JourneyStage.SHOWCASE);
    }

    @Test
    void aConversationKeepsItsAssetsOffersTaggedNeedsAndStoriesWithPhotos() {
        byte[] png = Photos.png();
        UUID id = showcase.record(journey.getId(), new ConversationRecord(today().minusDays(1), "  Leominster library ", 23,
                List.of(new AssetNote(AssetKind.PLACE, "Library meeting room", "Free on Tuesdays"),
                        new AssetNote(AssetKind.SKILL, "Two retired teachers", null)),
                List.of("Run a stay-and-play", "Lend a pram"),
                List.of(new NeedNote("Somewhere warm with babies", Set.of(Theme.BEST_START_IN_LIFE),
                        Set.of(Population.FAMILIES_UNDER_FIVE_ACES, Population.LONELY_OR_ISOLATED)),
                        new NeedNote("Lifts to the surgery", Set.of(), Set.of())),
                List.of(new StoryNote("A dad met other dads for the first time.", "Dads and babies on the library rug",
                        null, new PhotoUpload("rug.png", png)),
                        new StoryNote("The garden group grew too many courgettes.", "Courgettes on a table", null,
                                new PhotoUpload("garden.JPEG", Photos.jpeg())),
                        StoryNote.text("No photo for this one."))));

        ShowcaseConversation saved = showcase.find(id).orElseThrow();
        assertThat(saved.getVenue()).isEqualTo("Leominster library");
        assertThat(saved.getAttendance()).isEqualTo(23);
        assertThat(saved.getRecordedBy()).isEqualTo("facilitator");
        assertThat(saved.getAssets()).extracting(asset -> asset.getKind() + " " + asset.getName() + " " + asset.getNote())
                .containsExactly("PLACE Library meeting room Free on Tuesdays", "SKILL Two retired teachers null");
        assertThat(saved.getOffers()).extracting(offer -> offer.getText()).containsExactly("Run a stay-and-play", "Lend a pram");
        ShowcaseNeed warm = saved.getNeeds().get(0);
        assertThat(warm.getThemes()).containsExactly(Theme.BEST_START_IN_LIFE);
        assertThat(warm.getPopulations()).containsExactly(Population.FAMILIES_UNDER_FIVE_ACES, Population.LONELY_OR_ISOLATED);
        assertThat(saved.getNeeds().get(1).getThemes()).isEmpty();
        List<ShowcaseStory> stories = saved.getStories();
        assertThat(stories).hasSize(3);
        assertThat(stories.get(0).getPhotoCaption()).isEqualTo("Dads and babies on the library rug");
        assertThat(showcase.photo(stories.get(0).getPhotoId()).orElseThrow().getContentType()).isEqualTo("image/png");
        assertThat(showcase.photo(stories.get(0).getPhotoId()).orElseThrow().getBytes()).isEqualTo(png);
        assertThat(showcase.photo(stories.get(1).getPhotoId()).orElseThrow().getContentType()).isEqualTo("image/jpeg");
        assertThat(stories.get(2).hasPhoto()).isFalse();

        assertThat(audit.about("journey", journey.getId().toString())).extracting(AuditEntry::getAction)
                .contains("showcase.recorded");
    }

    @Test
    void editingReplacesTheContentAndDeletesAPhotoNoStoryKeeps() {
        UUID id = showcase.record(journey.getId(), record("Market hall", 12,
                List.of(new StoryNote("Old story", "Old photo", null, new PhotoUpload("old.png", Photos.png())))));
        UUID oldPhoto = showcase.find(id).orElseThrow().getStories().get(0).getPhotoId();

        showcase.edit(id, record("Market hall (upstairs)", 14, List.of(StoryNote.text("Story without a photo now"))));

        ShowcaseConversation edited = showcase.find(id).orElseThrow();
        assertThat(edited.getVenue()).isEqualTo("Market hall (upstairs)");
        assertThat(edited.getAttendance()).isEqualTo(14);
        assertThat(edited.getStories()).singleElement().satisfies(story -> assertThat(story.hasPhoto()).isFalse());
        assertThat(edited.getUpdatedBy()).isEqualTo("facilitator");
        assertThat(photos.existsById(oldPhoto)).isFalse();
        assertThat(showcase.count(journey.getId())).isEqualTo(1);
        assertThat(audit.about("journey", journey.getId().toString())).extracting(AuditEntry::getAction)
                .contains("showcase.edited");
    }

    @Test
    void aKeptPhotoStaysWhenTheStoryIsEdited() {
        UUID id = showcase.record(journey.getId(), record("Chapel", 9,
                List.of(new StoryNote("Story", "A photo", null, new PhotoUpload("a.png", Photos.png())))));
        UUID photo = showcase.find(id).orElseThrow().getStories().get(0).getPhotoId();

        showcase.edit(id, record("Chapel", 9, List.of(new StoryNote("Story, longer", "A better caption", photo, null))));

        ShowcaseStory story = showcase.find(id).orElseThrow().getStories().get(0);
        assertThat(story.getPhotoId()).isEqualTo(photo);
        assertThat(story.getPhotoCaption()).isEqualTo("A better caption");
        assertThat(photos.existsById(photo)).isTrue();
    }

    @Test
    void aPhotoOfAnotherConversationCannotBeClaimed() {
        UUID other = showcase.record(journey.getId(), record("Chapel", 9,
                List.of(new StoryNote("Story", "A photo", null, new PhotoUpload("a.png", Photos.png())))));
        UUID foreignPhoto = showcase.find(other).orElseThrow().getStories().get(0).getPhotoId();

        assertRefused(() -> showcase.record(journey.getId(), record("Hall", 3,
                List.of(new StoryNote("Mine", "Not mine", foreignPhoto, null)))), "that photo does not belong");
    }

    @Test
    void aFutureDateIsRefusedAndNothingIsSaved() {
        assertRefused(() -> showcase.record(journey.getId(), new ConversationRecord(today().plusDays(1), "Hall", 5,
                null, null, null, null)), "The conversation date cannot be in the future.");
    }

    @Test
    void negativeAttendanceIsRefused() {
        assertRefused(() -> showcase.record(journey.getId(), record("Hall", -1, List.of())), "Attendance cannot be negative.");
    }

    @Test
    void everyMissingPartIsNamed() {
        assertRefused(() -> showcase.record(journey.getId(), new ConversationRecord(null, " ", null,
                List.of(new AssetNote(null, " ", null)), List.of(" "), List.of(new NeedNote("", null, null)), null)),
                "Say when the conversation was held.", "Say where the conversation was held.",
                "Say how many people took part.", "Community asset 1: say whether it is a place",
                "Community asset 1: give it a name.", "Offer 1: write something", "Need 1: write something");
    }

    @Test
    void aTextFileNamedPngIsRefusedByItsBytes() {
        long photosBefore = photos.count();
        assertRefused(() -> showcase.record(journey.getId(), record("Hall", 5, List.of(new StoryNote("Story", "Caption",
                null, new PhotoUpload("holiday.png", Photos.textPretendingToBeAPng()))))),
                "is not a JPEG, PNG or WebP image");
        assertThat(photos.count()).isEqualTo(photosBefore);
    }

    @Test
    void aRealPhotoWithTheWrongKindOfNameIsRefused() {
        assertRefused(() -> showcase.record(journey.getId(), record("Hall", 5, List.of(new StoryNote("Story", "Caption",
                null, new PhotoUpload("page.html", Photos.png()))))), "is not a JPEG, PNG or WebP image");
    }

    @Test
    void aPhotoOverTheLimitIsRefused() {
        long photosBefore = photos.count();
        byte[] tooLarge = Photos.pngOfSize((int) showcase.photoMaxBytes() + 1);
        assertRefused(() -> showcase.record(journey.getId(), record("Hall", 5, List.of(new StoryNote("Story", "Caption",
                null, new PhotoUpload("big.png", tooLarge))))), "is too large: photos can be at most 5 MB.");
        assertThat(photos.count()).isEqualTo(photosBefore);
    }

    @Test
    void aPhotoNeedsACaption() {
        assertRefused(() -> showcase.record(journey.getId(), record("Hall", 5, List.of(new StoryNote("Story", " ",
                null, new PhotoUpload("a.png", Photos.png()))))), "Story 1: describe the photo in a caption");
    }

    @Test
    void webpIsRecognisedByItsBytes() {
        assertThat(new PhotoUpload("a.webp", Photos.webpHeader()).contentType()).contains(PhotoUpload.WEBP);
        assertThat(new PhotoUpload("a.png", Photos.png()).contentType()).contains(PhotoUpload.PNG);
        assertThat(new PhotoUpload("a.jpg", Photos.jpeg()).contentType()).contains(PhotoUpload.JPEG);
        assertThat(new PhotoUpload("a.png", Photos.textPretendingToBeAPng()).contentType()).isEmpty();
    }

    @Test
    void scriptInTextIsStoredAsTyped() {
        String script = "<script>alert('x')</script><b>bold</b>";
        UUID id = showcase.record(journey.getId(), record(script, 5, List.of(StoryNote.text(script))));
        assertThat(showcase.find(id).orElseThrow().getVenue()).isEqualTo(script);
    }

    @Test
    void finishingWithoutAConversationIsRefused() {
        Task task = showcaseTask();

        assertThatThrownBy(() -> showcase.finish(journey.getId(), task.getId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Record at least one showcase conversation before finishing the showcase stage.");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void finishingCompletesTheTaskAndTheJourneyMovesToIdeas() {
        showcase.record(journey.getId(), record("Hall", 5, List.of()));
        Task task = showcaseTask();

        showcase.finish(journey.getId(), task.getId());
        Journeys.runDueJobs(management, journey.getProcessInstanceId());

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(journeys.get(journey.getId()).getStage()).isEqualTo(JourneyStage.IDEAS);
        assertThat(audit.about("journey", journey.getId().toString())).extracting(AuditEntry::getAction)
                .contains("showcase.finished");
        assertRefused(() -> showcase.record(journey.getId(), record("Too late", 5, List.of())),
                "can only be recorded while the journey is at the showcase stage");
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void aResidentCannotRecord() {
        assertThatThrownBy(() -> showcase.record(journey.getId(), record("Hall", 5, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(showcase.count(journey.getId())).isZero();
    }

    // ------------------------------------------------------------------------------------ helpers

    private Task showcaseTask() {
        return tasks.createTaskQuery().processInstanceId(journey.getProcessInstanceId())
                .taskDefinitionKey("recordShowcase").singleResult();
    }

    private void assertRefused(Runnable action, String... messages) {
        long before = showcase.count(journey.getId());
        assertThatThrownBy(action::run).isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).contains(messages));
        assertThat(showcase.count(journey.getId())).isEqualTo(before);
    }

    private static ConversationRecord record(String venue, int attendance, List<StoryNote> stories) {
        return new ConversationRecord(today().minusDays(2), venue, attendance, List.of(), List.of(), List.of(), stories);
    }

    private static LocalDate today() {
        return LocalDate.now(COUNTY);
    }
}
