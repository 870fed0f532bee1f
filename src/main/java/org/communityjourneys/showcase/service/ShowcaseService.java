package org.communityjourneys.showcase.service;

import org.communityjourneys.shared.domain.Refused;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.TaskDoneOnScreen;
import org.communityjourneys.shared.service.ScreenTaskCompletion;
import org.communityjourneys.shared.domain.MessageBundles;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.showcase.domain.ConversationProblem;
import org.communityjourneys.showcase.domain.ConversationRecord;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.showcase.domain.ConversationRefused;
import org.communityjourneys.showcase.domain.ShowcaseConversation;
import org.communityjourneys.showcase.domain.ShowcaseConversationRecorded;
import org.communityjourneys.showcase.domain.ShowcaseConversationRepository;
import org.communityjourneys.showcase.domain.ShowcaseFinished;
import org.communityjourneys.showcase.domain.StoryNote;
import org.communityjourneys.showcase.domain.StoryPhoto;
import org.communityjourneys.showcase.domain.StoryPhotoRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the showcase conversations of a journey while it is at the showcase stage, and finishes
 * that stage. Only facilitators and governance leads may record; every rule is checked here, not
 * only on the screen.
 */
@Service
@Transactional
public class ShowcaseService {

    /** The showcase screen, named by the "Record showcase conversation" task as {@code screen:showcase}. */
    public static final String SCREEN = "showcase";

    private static final ZoneId COUNTY = ZoneId.of("Europe/London");
    /** Five megabytes unless {@code communityjourneys.showcase.photo-max-bytes} says otherwise. */
    static final long DEFAULT_PHOTO_MAX_BYTES = 5L * 1024 * 1024;

    private final ScreenTaskCompletion screenTasks;
    private final ShowcaseConversationRepository conversations;
    private final StoryPhotoRepository photos;
    private final JourneyService journeys;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long photoMaxBytes;

    ShowcaseService(ShowcaseConversationRepository conversations, StoryPhotoRepository photos,
            JourneyService journeys, CurrentUser currentUser, ApplicationEventPublisher events,
            Optional<Clock> clock,
            @Value("${communityjourneys.showcase.photo-max-bytes:" + DEFAULT_PHOTO_MAX_BYTES + "}") long photoMaxBytes, ScreenTaskCompletion screenTasks) {
        this.screenTasks = screenTasks;
        this.conversations = conversations;
        this.photos = photos;
        this.journeys = journeys;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.photoMaxBytes = photoMaxBytes;
    }

    /** The largest photo accepted, in bytes. */
    public long photoMaxBytes() {
        return photoMaxBytes;
    }

    /** Records a new conversation; throws with every problem listed when it cannot be saved. */
    public UUID record(UUID journeyId, ConversationRecord record) {
        String facilitator = requireRecorder();
        requireAtShowcase(journeyId);
        requireValid(record);
        Map<Integer, UUID> newPhotos = storeNewPhotos(record, Set.of());
        ShowcaseConversation conversation = conversations.save(
                new ShowcaseConversation(journeyId, record, newPhotos, facilitator, clock.instant()));
        events.publishEvent(new ShowcaseConversationRecorded(journeyId, conversation.getId(), facilitator, false));
        return conversation.getId();
    }

    /** Replaces what a conversation recorded; photos no story keeps are deleted. */
    public void edit(UUID conversationId, ConversationRecord record) {
        String facilitator = requireRecorder();
        ShowcaseConversation conversation = conversations.findById(conversationId)
                .orElseThrow(() -> Refused.input("showcase.refused.noSuchConversation"));
        requireAtShowcase(conversation.getJourneyId());
        requireValid(record);
        Set<UUID> before = new HashSet<>(conversation.photoIds());
        Map<Integer, UUID> newPhotos = storeNewPhotos(record, before);
        conversation.edit(record, newPhotos, facilitator, clock.instant());
        before.removeAll(conversation.photoIds());
        conversations.flush();
        photos.deleteAllById(before);
        events.publishEvent(new ShowcaseConversationRecorded(conversation.getJourneyId(), conversationId, facilitator, true));
    }

    /**
     * Finishes the showcase stage: completes the journey's "Record showcase conversations" task
     * (the workflow module does it in this transaction). Refused while no conversation is recorded.
     */
    public void finish(UUID journeyId, String taskId) {
        String facilitator = requireRecorder();
        requireAtShowcase(journeyId);
        long recorded = conversations.countByJourneyId(journeyId);
        if (recorded == 0) {
            throw Refused.state("showcase.refused.noConversation");
        }
        events.publishEvent(new ShowcaseFinished(journeyId, recorded, facilitator));
        screenTasks.complete(new TaskDoneOnScreen(taskId, journeyId, SCREEN, Map.of("showcaseConversations", recorded)));
    }

    @Transactional(readOnly = true)
    public List<ShowcaseConversation> forJourney(UUID journeyId) {
        return conversations.findByJourneyIdOrderByHeldOnAsc(journeyId);
    }

    @Transactional(readOnly = true)
    public Optional<ShowcaseConversation> find(UUID conversationId) {
        return conversations.findById(conversationId);
    }

    @Transactional(readOnly = true)
    public long count(UUID journeyId) {
        return conversations.countByJourneyId(journeyId);
    }

    /** A stored photo, to serve it. */
    @Transactional(readOnly = true)
    public Optional<StoryPhoto> photo(UUID photoId) {
        return photoId == null ? Optional.empty() : photos.findById(photoId);
    }

    /** Whether the journey is at the showcase stage, when conversations can be recorded. */
    @Transactional(readOnly = true)
    public boolean isOpen(UUID journeyId) {
        return journeys.find(journeyId).map(journey -> journey.getStage() == JourneyStage.SHOWCASE).orElse(false);
    }

    // ------------------------------------------------------------------------------------ inside

    private String requireRecorder() {
        currentUser.requireAnyOf(Role.FACILITATOR, Role.GOVERNANCE);
        return currentUser.require();
    }

    private void requireAtShowcase(UUID journeyId) {
        Journey journey = journeys.get(journeyId);
        if (journey.getStage() != JourneyStage.SHOWCASE) {
            throw Refused.state("showcase.refused.notAtShowcase", stage(journey.getStage()));
        }
    }

    private void requireValid(ConversationRecord record) {
        if (record == null) {
            throw Refused.input("showcase.refused.noRecord");
        }
        List<ConversationProblem> problems = record.problemList(LocalDate.now(clock.withZone(COUNTY)), photoMaxBytes);
        if (!problems.isEmpty()) {
            throw new ConversationRefused(problems);
        }
    }

    /** The stage's name in the reader's language ({@code stage.IDEAS}), its English label when the bundles lack it. */
    private static Worded stage(JourneyStage stage) {
        String key = "stage." + stage.name();
        return MessageBundles.has(key) ? Wording.of(key) : Wording.of("showcase.stageLabel", stage.label());
    }

    /** Stores the newly uploaded photos; a kept photo must be one the conversation already had. */
    private Map<Integer, UUID> storeNewPhotos(ConversationRecord record, Set<UUID> photosOfConversation) {
        Map<Integer, UUID> stored = new HashMap<>();
        for (int i = 0; i < record.stories().size(); i++) {
            StoryNote story = record.stories().get(i);
            if (story.keptPhotoId() != null && !photosOfConversation.contains(story.keptPhotoId())) {
                throw Refused.input("showcase.refused.photoNotOfConversation", String.valueOf(i + 1));
            }
            if (story.newPhoto() != null) {
                String type = story.newPhoto().contentType().orElseThrow();
                stored.put(i, photos.save(new StoryPhoto(type, story.newPhoto().bytes(), clock.instant())).getId());
            }
        }
        return stored;
    }
}
