package org.communityjourneys.voting.service;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityjourneys.voting.domain.PaperCheck;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sample of paper entries that a second facilitator checks against the papers before the
 * count can be certified: every entry when there are at most {@value #SMALLEST}, else a tenth
 * (at least {@value #SMALLEST}), drawn at random when the vote closes. Each voided entry of the
 * sample draws {@value #MORE_AFTER_VOID} more, since one wrong entry makes others likelier.
 */
@Component
class PaperSample {

    static final int SMALLEST = 5;
    static final int MORE_AFTER_VOID = 2;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    PaperSample(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of this many paper entries are checked. */
    static int size(int entries) {
        return entries <= SMALLEST ? entries : Math.max(SMALLEST, (entries + 9) / 10);
    }

    /** Draws the sample of the vote's paper entries (called once, when the vote closes). */
    void draw(UUID journeyId, Instant at) {
        drawMore(journeyId, size(notDrawn(journeyId).size()), at);
    }

    /** Adds up to {@code count} entries not yet in the sample; returns how many were added. */
    int drawMore(UUID journeyId, int count, Instant at) {
        List<Map<String, Object>> candidates = new ArrayList<>(notDrawn(journeyId));
        Collections.shuffle(candidates, random);
        List<Object[]> rows = candidates.stream().limit(count)
                .map(entry -> new Object[] {journeyId, entry.get("paper_number"), entry.get("entered_by"), Timestamp.from(at)})
                .toList();
        jdbc.batchUpdate("insert into paper_ballot_check (journey_id, paper_number, entered_by, drawn_at) values (?, ?, ?, ?) "
                + "on conflict do nothing", rows);
        return rows.size();
    }

    private List<Map<String, Object>> notDrawn(UUID journeyId) {
        return jdbc.queryForList("""
                select p.paper_number, p.entered_by from vote_participation p
                where p.journey_id = ? and p.channel = 'PAPER'
                  and not exists (select 1 from paper_ballot_check c where c.journey_id = p.journey_id and c.paper_number = p.paper_number)
                order by p.paper_number""", journeyId);
    }

    boolean contains(UUID journeyId, String paperNumber) {
        return count("select count(*) from paper_ballot_check where journey_id = ? and paper_number = ?", journeyId, paperNumber) > 0;
    }

    /** Records the check of a sampled entry still waiting; false when it is not waiting. */
    boolean mark(UUID journeyId, String paperNumber, PaperCheck.Outcome outcome, String checkedBy, Instant at) {
        return jdbc.update("update paper_ballot_check set outcome = ?, checked_by = ?, checked_at = ? "
                + "where journey_id = ? and paper_number = ? and checked_by is null",
                outcome.name(), checkedBy, Timestamp.from(at), journeyId, paperNumber) == 1;
    }

    /** A corrected entry (entered again by {@code enteredBy}) waits for a check, in or added to the sample. */
    void waitForCheck(UUID journeyId, String paperNumber, String enteredBy, Instant at) {
        jdbc.update("""
                insert into paper_ballot_check (journey_id, paper_number, entered_by, drawn_at) values (?, ?, ?, ?)
                on conflict (journey_id, paper_number) do update
                set entered_by = excluded.entered_by, drawn_at = excluded.drawn_at, outcome = null, checked_by = null, checked_at = null""",
                journeyId, paperNumber, enteredBy, Timestamp.from(at));
    }

    long waiting(UUID journeyId) {
        return count("select count(*) from paper_ballot_check where journey_id = ? and checked_by is null", journeyId);
    }

    List<PaperCheck> checks(UUID journeyId) {
        return jdbc.query("""
                select paper_number, entered_by, outcome, checked_by, checked_at from paper_ballot_check
                where journey_id = ? order by checked_by is not null, length(paper_number), paper_number""",
                (row, index) -> new PaperCheck(row.getString("paper_number"), row.getString("entered_by"),
                        row.getString("outcome") == null ? PaperCheck.Outcome.WAITING : PaperCheck.Outcome.valueOf(row.getString("outcome")),
                        row.getString("checked_by"),
                        row.getTimestamp("checked_at") == null ? null : row.getTimestamp("checked_at").toInstant()),
                journeyId);
    }

    private long count(String sql, Object... arguments) {
        Long found = jdbc.queryForObject(sql, Long.class, arguments);
        return found == null ? 0 : found;
    }
}
