package org.communityjourneys.voting.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link CastingRows} with plain JDBC, on the connection of the caller's transaction. */
class CastingRowsImpl implements CastingRows {

    private static final String STATE = """
            select w.closed_at is null and clock_timestamp() < w.closes_at,
                   clock_timestamp() >= w.closes_at,
                   exists (select 1 from vote_participation p
                           where p.journey_id = ? and p.resident in (?, ?, ?))
            from vote_window w where w.journey_id = ?
            for share of w""";

    private static final String RECORD = """
            insert into vote_participation (journey_id, resident, channel, paper_number, entered_by, cast_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final EntityManager entities;

    CastingRowsImpl(JdbcTemplate jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    @Override
    public CastingState castingState(UUID journeyId, String resident, String formerVoter, String legacyFormerVoter) {
        List<CastingState> rows = jdbc.query(STATE, (row, index) -> new CastingState(row.getBoolean(1), row.getBoolean(2),
                row.getBoolean(3)), journeyId, resident, formerVoter, legacyFormerVoter, journeyId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public int record(UUID journeyId, String resident, String channel, String paperNumber, String enteredBy, Instant castAt) {
        if (entities.isJoinedToTransaction()) {
            entities.flush();
        }
        return jdbc.update(RECORD, journeyId, resident, channel, paperNumber, enteredBy,
                OffsetDateTime.ofInstant(castAt, ZoneOffset.UTC));
    }
}
