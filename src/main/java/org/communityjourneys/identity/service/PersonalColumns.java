package org.communityjourneys.identity.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Columns that name a person by username (or e-mail address), for a {@link PersonalDataSource}
 * that keeps its rows but not the name: reads the rows that name someone, and writes a marker in
 * place of the name. Table and column names come from the code, never from input. Names are
 * compared without case, as usernames are stored lower-case but other systems may not be.
 */
public final class PersonalColumns {

    private final JdbcTemplate jdbc;

    public PersonalColumns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The chosen columns of the rows of {@code table} where {@code column} is the person. */
    public List<Map<String, Object>> rows(String table, String column, String shown, String username) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "select " + shown + " from " + table + " where lower(" + column + ") = lower(?)", username)) {
            Map<String, Object> readable = new LinkedHashMap<>();
            row.forEach((key, value) -> readable.put(key, value == null ? null : value.toString()));
            rows.add(readable);
        }
        return rows;
    }

    /** Writes {@code marker} in place of the person in {@code column}; returns how many rows changed. */
    public int replace(String table, String column, String username, String marker) {
        return jdbc.update("update " + table + " set " + column + " = ? where lower(" + column + ") = lower(?)", marker, username);
    }

    /** Replaces the person's username inside a free-text column (e.g. an audit entry's detail). */
    public int replaceWithin(String table, String column, String username, String marker) {
        return jdbc.update("update " + table + " set " + column + " = regexp_replace(" + column + ", ?, ?, 'gi') where "
                + column + " ilike ?", regexQuote(username), marker, "%" + likeQuote(username) + "%");
    }

    private static String regexQuote(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static String likeQuote(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
