package org.communityjourneys.studio.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.studio.domain.ModelDraft;
import org.communityjourneys.studio.domain.ModelKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each governance lead's drafts, kept in the database: one draft per person and model. Opening a
 * model gives the person's draft, or the latest deployed version when there is none.
 */
@Service
@Transactional
public class ModelDrafts {

    /** The largest draft accepted, in characters (2 MB). */
    static final int MAX_LENGTH = 2_000_000;

    private final JdbcTemplate jdbc;
    private final ModelLibrary library;
    private final StudioAccess access;
    private final Clock clock;

    ModelDrafts(JdbcTemplate jdbc, ModelLibrary library, StudioAccess access, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.library = library;
        this.access = access;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** My latest draft of the model, or else its latest deployed version. */
    @Transactional(readOnly = true)
    public ModelDraft open(ModelKind kind, String key) {
        String owner = access.requireGovernanceLead();
        requireKey(kind, key);
        return find(owner, kind, key).orElseGet(() -> library.latest(kind, key)
                .map(stored -> new ModelDraft(kind, key, library.file(stored).text(), false, stored.version(), null, null))
                .orElseThrow(() -> Refused.input("studio.drafts.none." + kind.name(), key)));
    }

    /** Saves (or replaces) my draft of the model. */
    public ModelDraft save(ModelKind kind, String key, String content) {
        String owner = access.requireGovernanceLead();
        requireKey(kind, key);
        if (content == null || content.isBlank()) {
            throw Refused.input("studio.drafts.empty");
        }
        if (content.length() > MAX_LENGTH) {
            throw Refused.input("studio.drafts.tooLarge");
        }
        Integer basedOn = find(owner, kind, key).map(ModelDraft::basedOnVersion)
                .orElseGet(() -> library.latest(kind, key).map(DeployedModels.StoredVersion::version).orElse(null));
        Instant now = clock.instant();
        jdbc.update("""
                insert into studio_draft (owner, kind, model_key, content, based_on_version, saved_at) values (?, ?, ?, ?, ?, ?)
                on conflict (owner, kind, model_key) do update set content = excluded.content, saved_at = excluded.saved_at
                """, owner, kind.name(), key, content, basedOn, Timestamp.from(now));
        return new ModelDraft(kind, key, content, true, basedOn, owner, now);
    }

    /** Throws away my draft of the model (nothing happens when there is none). */
    public void discard(ModelKind kind, String key) {
        String owner = access.requireGovernanceLead();
        requireKey(kind, key);
        jdbc.update("delete from studio_draft where owner = ? and kind = ? and model_key = ?", owner, kind.name(), key);
    }

    /** All my drafts, newest first. */
    @Transactional(readOnly = true)
    public List<ModelDraft> mine() {
        String owner = access.requireGovernanceLead();
        return jdbc.query("select * from studio_draft where owner = ? order by saved_at desc",
                (row, i) -> draft(row), owner);
    }

    private Optional<ModelDraft> find(String owner, ModelKind kind, String key) {
        return jdbc.query("select * from studio_draft where owner = ? and kind = ? and model_key = ?",
                (row, i) -> draft(row), owner, kind.name(), key).stream().findFirst();
    }

    private static ModelDraft draft(java.sql.ResultSet row) throws java.sql.SQLException {
        int basedOn = row.getInt("based_on_version");
        return new ModelDraft(ModelKind.valueOf(row.getString("kind")), row.getString("model_key"), row.getString("content"),
                true, row.wasNull() ? null : basedOn, row.getString("owner"), row.getTimestamp("saved_at").toInstant());
    }

    static void requireKey(ModelKind kind, String key) {
        if (kind == null) {
            throw Refused.input("studio.drafts.kind");
        }
        if (key == null || !key.matches("[A-Za-z_][A-Za-z0-9_.-]{0,199}")) {
            throw Refused.input("studio.drafts.key");
        }
    }
}
