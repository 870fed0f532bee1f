package org.communityjourneys.chest.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communityjourneys.identity.service.PersonalColumns;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.communityjourneys.identity.service.Pseudonyms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants a person applied for or is the contact of: journey grants and their applications,
 * hub start-up and fast-track grants. Grants are financial records (money reserved and paid from a
 * fund, kept for the funders' audit), so they stay when the person deletes their account; their
 * username and contact address are replaced by a keyed marker ("a former resident 1f0c..."), the
 * same for every grant of that person. The bank details and answers stay with the grant: they
 * belong to the group that was paid. Panel scores and decisions name staff, not residents.
 */
@Component
@Transactional
class ChestPersonalData implements PersonalDataSource {

    private final PersonalColumns columns;
    private final Pseudonyms pseudonyms;

    ChestPersonalData(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.columns = new PersonalColumns(jdbc);
        this.pseudonyms = pseudonyms;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("grantApplicationsSubmitted", columns.rows("grant_application", "submitted_by",
                "grant_id, organisation, contact, summary, submitted_at", username));
        data.put("grantApplicationsAsContact", columns.rows("grant_application", "contact",
                "grant_id, organisation, contact, summary, submitted_at", username));
        data.put("grantsAsContact", columns.rows("chest_grant", "contact",
                "id, programme, title, amount_pence, organisation, contact, summary, status, created_at", username));
        data.put("grantsHeld", columns.rows("chest_grant", "holder",
                "id, programme, title, amount_pence, organisation, status, created_at", username));
        data.put("grantsAppliedFor", columns.rows("chest_grant", "applied_by",
                "id, programme, title, amount_pence, organisation, status, created_at", username));
        data.put("grantAgreementsAnswered", columns.rows("chest_grant", "agreed_by",
                "id, programme, title, amount_pence, organisation, status, created_at", username));
        return data;
    }

    @Override
    public void forget(String username) {
        String marker = pseudonyms.formerResident("grant", username);
        columns.replace("grant_application", "submitted_by", username, marker);
        columns.replace("grant_application", "contact", username, marker);
        columns.replace("chest_grant", "contact", username, marker);
        columns.replace("chest_grant", "holder", username, marker);
        columns.replace("chest_grant", "applied_by", username, marker);
        columns.replace("chest_grant", "agreed_by", username, marker);
    }
}
