package org.communityjourneys.identity.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Modulith's event publication registry ({@code event_publication}) keeps every event as
 * JSON, and many events name the person who acted (an idea's author, a grant's applicant). When
 * the person deletes their account, completed publications that name them are deleted: they only
 * record that a listener ran, and nothing reads them again. Publications not yet completed are
 * still needed (they are resubmitted once stale), so the username inside them is replaced by a
 * keyed marker instead.
 */
@Component
@Transactional
class EventPublicationPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;
    private final PersonalColumns columns;
    private final Pseudonyms pseudonyms;

    EventPublicationPersonalData(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.columns = new PersonalColumns(jdbc);
        this.pseudonyms = pseudonyms;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("storedEvents", jdbc.queryForList("""
                select event_type, serialized_event, publication_date::text as published_at,
                       completion_date::text as completed_at
                from event_publication where serialized_event ilike ? order by publication_date""", like(username)));
        return data;
    }

    @Override
    public void forget(String username) {
        jdbc.update("delete from event_publication where completion_date is not null and serialized_event ilike ?", like(username));
        columns.replaceWithin("event_publication", "serialized_event", username, pseudonyms.formerResident("event", username));
    }

    private static String like(String username) {
        return "%" + username.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
