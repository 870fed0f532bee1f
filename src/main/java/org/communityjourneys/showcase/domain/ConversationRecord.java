package org.communityjourneys.showcase.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** Every problem with this record, in plain words; empty when it can be saved. */
    public List<String> problems(LocalDate today, long photoMaxBytes) {
        List<String> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add("Say when the conversation was held.");
        } else if (heldOn.isAfter(today)) {
            problems.add("The conversation date cannot be in the future.");
        }
        if (blank(venue)) {
            problems.add("Say where the conversation was held.");
        } else if (venue.trim().length() > VENUE_MAX) {
            problems.add("Keep the venue to " + VENUE_MAX + " characters.");
        }
        if (attendance == null) {
            problems.add("Say how many people took part.");
        } else if (attendance < 0) {
            problems.add("Attendance cannot be negative.");
        } else if (attendance > ATTENDANCE_MAX) {
            problems.add("Attendance looks too large: at most " + ATTENDANCE_MAX + ".");
        }
        for (int i = 0; i < assets.size(); i++) {
            AssetNote asset = assets.get(i);
            String which = "Community asset " + (i + 1);
            if (asset == null || asset.kind() == null) {
                problems.add(which + ": say whether it is a place, group, skill or service.");
            }
            if (asset == null || blank(asset.name())) {
                problems.add(which + ": give it a name.");
            } else if (asset.name().trim().length() > NAME_MAX) {
                problems.add(which + ": keep the name to " + NAME_MAX + " characters.");
            }
            if (asset != null && asset.note() != null && asset.note().trim().length() > NOTE_MAX) {
                problems.add(which + ": keep the note to " + NOTE_MAX + " characters.");
            }
        }
        for (int i = 0; i < offers.size(); i++) {
            textProblem("Offer " + (i + 1), offers.get(i), NOTE_MAX, problems);
        }
        for (int i = 0; i < needs.size(); i++) {
            NeedNote need = needs.get(i);
            textProblem("Need " + (i + 1), need == null ? null : need.text(), NOTE_MAX, problems);
        }
        for (int i = 0; i < stories.size(); i++) {
            StoryNote story = stories.get(i);
            String which = "Story " + (i + 1);
            textProblem(which, story == null ? null : story.text(), STORY_MAX, problems);
            if (story == null) {
                continue;
            }
            if (story.keptPhotoId() != null && story.newPhoto() != null) {
                problems.add(which + ": keep the old photo or add a new one, not both.");
            }
            if (story.newPhoto() != null) {
                story.newPhoto().problem(photoMaxBytes).ifPresent(problem -> problems.add(which + ": " + problem));
            }
            if (story.hasPhoto() && blank(story.photoCaption())) {
                problems.add(which + ": describe the photo in a caption; it is read out to people who cannot see it.");
            } else if (story.photoCaption() != null && story.photoCaption().trim().length() > CAPTION_MAX) {
                problems.add(which + ": keep the caption to " + CAPTION_MAX + " characters.");
            }
        }
        return problems;
    }

    private static void textProblem(String which, String text, int max, List<String> problems) {
        if (blank(text)) {
            problems.add(which + ": write something or remove it.");
        } else if (text.trim().length() > max) {
            problems.add(which + ": keep it to " + max + " characters.");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
