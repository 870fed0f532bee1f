package org.communityjourneys.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.communityjourneys.discussion.domain.Voice;
import org.communityjourneys.discussion.service.DiscussionService;
import org.communityjourneys.discussion.service.DiscussionService.CommentView;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.PersonalData;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Comments on ideas on the real database: who speaks in which voice, one level of replies, the
 * edit time, deleting, reports and hiding, notices, personal data; and every refusal, attacked as
 * a curious insider would, leaves the comment rows exactly as they were.
 */
@SpringBootTest
@ActiveProfiles("test")
class DiscussionServiceTest {

    @Autowired
    DiscussionService discussion;
    @Autowired
    IdeaService ideas;
    @Autowired
    JourneyService journeys;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonalData personalData;
    @Autowired
    JdbcTemplate jdbc;

    private String lead;
    private String neighbour;
    private String other;
    private Journey journey;
    private UUID idea;

    @BeforeEach
    void anIdeaWithItsWindowOpen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        lead = "lead-" + run;
        neighbour = "neighbour-" + run;
        other = "other-" + run;
        Journeys.residents(accounts, lead, neighbour, other);
        journey = Journeys.launch(journeys, 500_000);
        ideas.openWindow(journey.getId());
        idea = SignedIn.as(lead, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Stay and play",
                "Weekly sessions for under-fives and carers.", 80_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, "Library friends",
                "friends@example.org", Set.of(Population.FAMILIES_UNDER_FIVE_ACES)), lead));
    }

    @Test
    void aResidentCommentsTheLeadAnswersAsTheLeadAndAFacilitatorAsAFacilitator() {
        UUID question = SignedIn.as(neighbour, "RESIDENT", () -> discussion.post(idea, null, "Could it run on Saturdays too?", neighbour));
        UUID answer = SignedIn.as(lead, "RESIDENT", () -> discussion.post(idea, question, "Yes, if the library opens: see https://example.org/hours.", lead));
        UUID note = SignedIn.as("facilitator", "FACILITATOR", () -> discussion.post(idea, question, "The library opens on Saturdays.", "facilitator"));
        UUID second = SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, "I would come with my twins.", other));

        List<CommentView> thread = SignedIn.as(other, "RESIDENT", () -> discussion.thread(idea, other));
        assertThat(thread).extracting(CommentView::id).containsExactly(question, answer, note, second);
        assertThat(thread).extracting(CommentView::voice).containsExactly(Voice.RESIDENT, Voice.LEAD, Voice.FACILITATOR, Voice.RESIDENT);
        assertThat(thread).extracting(CommentView::parentId).containsExactly(null, question, question, null);
        assertThat(thread.get(3).mine()).isTrue();
        assertThat(thread.get(3).canEdit()).isTrue();
        assertThat(thread.get(0).canEdit()).isFalse();
        assertThat(discussion.counts(List.of(idea))).containsEntry(idea, 4L);

        // the lead hears of the new comments on their idea, the neighbour of the answers to theirs; nobody of their own words
        assertThat(waitForNotices(lead, "A new comment on your idea", 3)).isEqualTo(3);
        assertThat(waitForNotices(neighbour, "An answer to your comment", 2)).isEqualTo(2);
        assertThat(notices(neighbour, "A new comment")).isZero();
        assertThat(notices(other, "")).isZero();
    }

    @Test
    void refusalsChangeNothing() {
        UUID question = SignedIn.as(neighbour, "RESIDENT", () -> discussion.post(idea, null, "Who runs it?", neighbour));
        UUID reply = SignedIn.as(lead, "RESIDENT", () -> discussion.post(idea, question, "The library friends.", lead));
        String before = rows();

        Journeys.residents(accounts, "far-away-" + neighbour);
        jdbc.update("update user_account set ward_code = 'E05009438' where username = ?", "far-away-" + neighbour);
        assertThatThrownBy(() -> SignedIn.as("far-away-" + neighbour, "RESIDENT",
                () -> discussion.post(idea, null, "Not my ward", "far-away-" + neighbour)))
                .hasMessage("Only verified residents of this journey's wards can comment on its ideas.");
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, " \n\t ", other)))
                .hasMessage("Write something first.");
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, "x".repeat(2001), other)))
                .hasMessageContaining("Keep it to 2,000 characters");
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, reply, "A reply to a reply", other)))
                .hasMessage("Replies go one level deep: answer the comment itself.");
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, "As someone else", neighbour)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(other, "PANEL", () -> discussion.post(idea, null, "As a panel member", other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.edit(question, "Changed by someone else", other)))
                .hasMessage("Only its author can change a comment.");
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.delete(question, other)))
                .hasMessage("Only its author can delete a comment.");
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT", () -> discussion.report(question, "Mine", neighbour)))
                .hasMessage("This is your own comment: delete it instead.");
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.hide(question, "Not a facilitator")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            discussion.hide(question, " ");
            return null;
        })).hasMessage("Give the reason the author will see.");

        // an idea of another journey cannot adopt this comment as its parent
        Journey elsewhere = Journeys.launch(journeys, 500_000);
        ideas.openWindow(elsewhere.getId());
        UUID otherIdea = SignedIn.as(other, "RESIDENT", () -> ideas.submit(elsewhere.getId(), new IdeaDraft("Toy library", "Toys to borrow.",
                40_000, Theme.BEST_START_IN_LIFE, Journeys.WARD, null, null, Set.of()), other));
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT", () -> discussion.post(otherIdea, question, "Crossing over", neighbour)))
                .hasMessage("That comment is about another idea.");

        assertThat(rows()).as("the refusals above changed no comment or report").isEqualTo(before);

        // the author may change a comment for 15 minutes only
        jdbc.update("update comment set posted_at = posted_at - interval '16 minutes' where id = ?", question);
        String backdated = rows();
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT", () -> discussion.edit(question, "Too late to change", neighbour)))
                .hasMessageContaining("can be changed for 15 minutes");
        assertThat(rows()).isEqualTo(backdated);

        // once the window closes (and no vote is open) the discussion is closed
        ideas.closeWindow(journey.getId(), true);
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, "After the close", other)))
                .hasMessage("Comments are open while the journey's ideas window or its vote is open.");
        assertThat(rows()).isEqualTo(backdated);
    }

    @Test
    void theAuthorChangesAndDeletesTheirOwnRepliesKeepTheirPlace() {
        UUID question = SignedIn.as(neighbour, "RESIDENT", () -> discussion.post(idea, null, "Is it free?", neighbour));
        UUID reply = SignedIn.as(lead, "RESIDENT", () -> discussion.post(idea, question, "Yes, free for everyone.", lead));
        SignedIn.as(neighbour, "RESIDENT", () -> discussion.edit(question, "Is it free for carers too?", neighbour));
        assertThat(SignedIn.as(other, "RESIDENT", () -> discussion.thread(idea, other)).get(0).editedAt()).isNotNull();

        SignedIn.as(neighbour, "RESIDENT", () -> discussion.delete(question, neighbour));
        List<CommentView> thread = SignedIn.as(other, "RESIDENT", () -> discussion.thread(idea, other));
        assertThat(thread).extracting(CommentView::id).containsExactly(question, reply);
        assertThat(thread.get(0).deleted()).isTrue();
        assertThat(thread.get(0).body()).isEmpty();
        assertThat(jdbc.queryForObject("select body from comment where id = ?", String.class, question)).isEmpty();
        assertThat(discussion.counts(List.of(idea))).containsEntry(idea, 1L);
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT", () -> discussion.delete(question, neighbour)))
                .hasMessage("This comment is already deleted.");
        assertThatThrownBy(() -> SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, question, "Answering a deleted one", other)))
                .hasMessage("That comment was deleted or hidden, so it cannot be answered.");
    }

    @Test
    void aReportedCommentIsHiddenByAFacilitatorWithAReasonOnlyItsAuthorAndModeratorsSee() {
        UUID rude = SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, "Call me on 07700 900123 anytime", other));
        SignedIn.as(neighbour, "RESIDENT", () -> discussion.report(rude, "It gives out a phone number.", neighbour));
        assertThatThrownBy(() -> SignedIn.as(neighbour, "RESIDENT", () -> discussion.report(rude, "Again", neighbour)))
                .hasMessageContaining("already reported");
        assertThat(jdbc.queryForObject("select count(*) from comment_report where comment_id = ?", Long.class, rude)).isEqualTo(1);
        assertThat(SignedIn.asFacilitator(() -> discussion.thread(idea, "facilitator")).get(0).reports()).isEqualTo(1);

        SignedIn.asFacilitator(() -> {
            discussion.hide(rude, "Personal details: please use the idea's contact instead.");
            return null;
        });
        CommentView publicView = SignedIn.as(neighbour, "RESIDENT", () -> discussion.thread(idea, neighbour)).get(0);
        assertThat(publicView.hidden()).isTrue();
        assertThat(publicView.body()).isEmpty();
        assertThat(publicView.hiddenReason()).isNull();
        // naming the author as the viewer does not show a neighbour the hidden text or the reason
        CommentView posingAsTheAuthor = SignedIn.as(neighbour, "RESIDENT", () -> discussion.thread(idea, other)).get(0);
        assertThat(posingAsTheAuthor.body()).isEmpty();
        assertThat(posingAsTheAuthor.hiddenReason()).isNull();
        assertThat(posingAsTheAuthor.mine()).isFalse();
        CommentView authorsView = SignedIn.as(other, "RESIDENT", () -> discussion.thread(idea, other)).get(0);
        assertThat(authorsView.body()).isEqualTo("Call me on 07700 900123 anytime");
        assertThat(authorsView.hiddenReason()).isEqualTo("Personal details: please use the idea's contact instead.");
        assertThat(authorsView.canEdit()).isFalse();
        assertThat(discussion.counts(List.of(idea))).doesNotContainKey(idea);
        assertThat(waitForNotices(other, "Your comment was hidden", 1)).isEqualTo(1);
        assertThatThrownBy(() -> SignedIn.asFacilitator(() -> {
            discussion.hide(rude, "Twice");
            return null;
        })).hasMessage("This comment is already hidden.");
    }

    @Test
    void aDeletedAccountsCommentsStayUnderAFormerResidentAndItsExportHoldsThem() {
        UUID mine = SignedIn.as(other, "RESIDENT", () -> discussion.post(idea, null, "We need this on our estate.", other));
        SignedIn.as(other, "RESIDENT", () -> discussion.report(
                SignedIn.as(neighbour, "RESIDENT", () -> discussion.post(idea, null, "Spam spam", neighbour)), "Spam", other));
        @SuppressWarnings("unchecked")
        Map<String, Object> exported = SignedIn.as(other, "RESIDENT", () -> personalData.ofCurrentUser());
        assertThat(exported.toString()).contains("We need this on our estate.").contains("commentsReported").contains("Spam");

        SignedIn.as(other, "RESIDENT", () -> personalData.deleteCurrentAccount());
        assertThat(jdbc.queryForObject("select author from comment where id = ?", String.class, mine)).isEqualTo("a former resident");
        assertThat(jdbc.queryForObject("select count(*) from comment_report where reporter = ?", Long.class, other)).isZero();
        CommentView shown = SignedIn.as(neighbour, "RESIDENT", () -> discussion.thread(idea, neighbour)).get(0);
        assertThat(shown.author()).isEqualTo("a former resident");
        assertThat(shown.body()).isEqualTo("We need this on our estate.");
    }

    /** The idea's comment rows and reports, as text, to compare before and after refusals. */
    private String rows() {
        return jdbc.queryForList("select id, parent_id, author, voice, body, posted_at, edited_at, deleted_at, hidden_reason, version"
                + " from comment where idea_id = ? order by posted_at, id", idea).toString()
                + jdbc.queryForList("select r.* from comment_report r join comment c on c.id = r.comment_id where c.idea_id = ?"
                        + " order by r.reporter", idea);
    }

    private long notices(String username, String titleStart) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and subject like ?", Long.class,
                username, titleStart + "%");
    }

    /** Notices are written after the commit, by the event's listener: wait a while for as many as expected. */
    private long waitForNotices(String username, String titleStart, long expected) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        long count;
        while ((count = notices(username, titleStart)) < expected && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return count;
    }
}
