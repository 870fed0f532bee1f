package org.communityjourneys.review.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communityjourneys.identity.service.PersonalColumns;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.communityjourneys.identity.service.Pseudonyms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning reports a person filed, the report requests they hold and the drafts they saved.
 * The reports stay when they delete their account (they are the grant's record of what the money
 * did, and feed the thematic dashboard); who filed, holds or saved them becomes a keyed marker.
 */
@Component
@Transactional
class ReviewPersonalData implements PersonalDataSource {

    private final PersonalColumns columns;
    private final Pseudonyms pseudonyms;

    ReviewPersonalData(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.columns = new PersonalColumns(jdbc);
        this.pseudonyms = pseudonyms;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("learningReportsFiled", columns.rows("learning_report", "submitted_by",
                "grant_id, what_happened, people_reached, volunteers, story, submitted_at, outcome", username));
        data.put("learningReportsHeld", columns.rows("learning_report_request", "holder",
                "grant_id, journey_id, holder", username));
        data.put("learningReportDrafts", columns.rows("learning_report_draft", "saved_by",
                "grant_id, content, saved_by, saved_at", username));
        return data;
    }

    @Override
    public void forget(String username) {
        String marker = pseudonyms.formerResident("learning-report", username);
        columns.replace("learning_report", "submitted_by", username, marker);
        columns.replace("learning_report_request", "holder", username, marker);
        columns.replace("learning_report_draft", "saved_by", username, marker);
    }
}
