package org.communityjourneys.audit.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communityjourneys.identity.service.PersonalColumns;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.communityjourneys.identity.service.Pseudonyms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit entries a person is the actor of, or is named in. The audit log must keep saying what
 * happened (it is the programme's accountability record), so entries stay when the person deletes
 * their account; their username, as actor and inside the detail, becomes one keyed marker, so the
 * entries of one former resident can still be read together but not tied back to an address.
 */
@Component
@Transactional
class AuditPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;
    private final PersonalColumns columns;
    private final Pseudonyms pseudonyms;

    AuditPersonalData(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.columns = new PersonalColumns(jdbc);
        this.pseudonyms = pseudonyms;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("auditEntries", jdbc.queryForList("""
                select occurred_at::text as occurred_at, actor, action, subject_type, subject_id, detail from audit_entry
                where lower(actor) = lower(?) or detail ilike ? order by id""", username, "%" + username + "%"));
        return data;
    }

    @Override
    public void forget(String username) {
        String marker = pseudonyms.formerResident("audit", username);
        columns.replace("audit_entry", "actor", username, marker);
        columns.replaceWithin("audit_entry", "detail", username, marker);
    }
}
