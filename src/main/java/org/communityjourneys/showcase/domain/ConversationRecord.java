package org.communityjourneys.showcase.domain;

import org.communityjourneys.shared.domain.Wording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communityjourneys.showcase.domain.ConversationProblem.Field;

/**
 * What a facilitator records about one showcase conversation: when and where, how many took part,
 * the community assets mapped, what people offer and need, and the stories heard.
 */
public record ConversationRecord(LocalDate heldOn, String venue, Integer attendance, List<AssetNote> assets,
        List<String> offers, List<NeedNote> needs, List<StoryNote> stories) {

    public static final int VENUE_MAX = 200;
    public static final int NAME_MAX = 200;
    public static final int NOTE_MAX = 1000;
    public static final int STORY_MAX = 4000;
    public static final int CAPTION_MAX = 300;
    public static final int ATTENDANCE_MAX = 100_000;

    public ConversationRecord {
        assets = assets == null ? List.of() : List.copyOf(assets);
        offers = offers == null ? List.of() : List.copyOf(offers);
        needs = needs == null ? List.of() : List.copyOf(needs);
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /** Every problem with this record, in plain English words; empty when it can be saved. */
    public List<String> problems(LocalDate today, long photoMaxBytes) {
        return problemList(today, photoMaxBytes).stream().map(ConversationProblem::english).toList();
    }

    /** The same problems, each worded from the bundle and tied to its field of the form. */
    public List<ConversationProblem> problemList(LocalDate today, long photoMaxBytes) {
        List<ConversationProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(ConversationProblem.of(Field.DATE, "showcase.problem.dateMissing"));
        } else if (heldOn.isAfter(today)) {
            problems.add(ConversationProblem.of(Field.DATE, "showcase.problem.dateInFuture"));
        }
        if (blank(venue)) {
            problems.add(ConversationProblem.of(Field.VENUE, "showcase.problem.venueMissing"));
        } else if (venue.trim().length() > VENUE_MAX) {
            problems.add(ConversationProblem.of(Field.VENUE, "showcase.problem.venueTooLong", String.valueOf(VENUE_MAX)));
        }
        if (attendance == null) {
            problems.add(ConversationProblem.of(Field.ATTENDANCE, "showcase.problem.attendanceMissing"));
        } else if (attendance < 0) {
            problems.add(ConversationProblem.of(Field.ATTENDANCE, "showcase.problem.attendanceNegative"));
        } else if (attendance > ATTENDANCE_MAX) {
            problems.add(ConversationProblem.of(Field.ATTENDANCE, "showcase.problem.attendanceTooLarge",
                    String.valueOf(ATTENDANCE_MAX)));
        }
        for (int i = 0; i < assets.size(); i++) {
            AssetNote asset = assets.get(i);
            Wording which = which("showcase.problem.asset", i);
            if (asset == null || asset.kind() == null) {
                problems.add(other("showcase.problem.assetKindMissing", which));
            }
            if (asset == null || blank(asset.name())) {
                problems.add(other("showcase.problem.assetNameMissing", which));
            } else if (asset.name().trim().length() > NAME_MAX) {
                problems.add(other("showcase.problem.assetNameTooLong", which, String.valueOf(NAME_MAX)));
            }
            if (asset != null && asset.note() != null && asset.note().trim().length() > NOTE_MAX) {
                problems.add(other("showcase.problem.assetNoteTooLong", which, String.valueOf(NOTE_MAX)));
            }
        }
        for (int i = 0; i < offers.size(); i++) {
            textProblem(which("showcase.problem.offer", i), offers.get(i), NOTE_MAX, problems);
        }
        for (int i = 0; i < needs.size(); i++) {
            NeedNote need = needs.get(i);
            textProblem(which("showcase.problem.need", i), need == null ? null : need.text(), NOTE_MAX, problems);
        }
        for (int i = 0; i < stories.size(); i++) {
            StoryNote story = stories.get(i);
            Wording which = which("showcase.problem.story", i);
            textProblem(which, story == null ? null : story.text(), STORY_MAX, problems);
            if (story == null) {
                continue;
            }
            if (story.keptPhotoId() != null && story.newPhoto() != null) {
                problems.add(other("showcase.problem.photoOldAndNew", which));
            }
            if (story.newPhoto() != null) {
                story.newPhoto().problemWording(photoMaxBytes)
                        .ifPresent(problem -> problems.add(other("showcase.problem.ofPart", which, problem)));
            }
            if (story.hasPhoto() && blank(story.photoCaption())) {
                problems.add(other("showcase.problem.captionMissing", which));
            } else if (story.photoCaption() != null && story.photoCaption().trim().length() > CAPTION_MAX) {
                problems.add(other("showcase.problem.captionTooLong", which, String.valueOf(CAPTION_MAX)));
            }
        }
        return problems;
    }

    /** "Story 2": which part of the record a problem is about. */
    private static Wording which(String key, int index) {
        return Wording.of(key, String.valueOf(index + 1));
    }

    private static ConversationProblem other(String key, Object... arguments) {
        return ConversationProblem.of(Field.OTHER, key, arguments);
    }

    private static void textProblem(Wording which, String text, int max, List<ConversationProblem> problems) {
        if (blank(text)) {
            problems.add(other("showcase.problem.partEmpty", which));
        } else if (text.trim().length() > max) {
            problems.add(other("showcase.problem.partTooLong", which, String.valueOf(max)));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
