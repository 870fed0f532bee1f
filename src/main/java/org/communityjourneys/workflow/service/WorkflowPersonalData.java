package org.communityjourneys.workflow.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityjourneys.identity.service.PersonalColumns;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.communityjourneys.identity.service.Pseudonyms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Camunda keeps about a person: process variables whose value is their username (e.g.
 * {@code applicant}, {@code initiator}), in the runtime and in history; tasks they were assigned
 * or are candidates for; the user operation log's entries in their name; processes they started.
 *
 * <p>Erasing writes a keyed marker ("a former resident 1f0c...") in place of the username, in
 * plain SQL on the engine's tables, because the engine has no API to change history. Replacing,
 * rather than deleting the variables, keeps running processes working (a variable the model reads
 * is still there, it no longer names anyone) and keeps the history's shape (who-did-what by
 * marker) for the journey page and Cockpit. A running task assigned to the person is handed back
 * to its candidate groups, and their task grants and candidate links are removed. Only string
 * variables are touched; the product keeps no usernames in serialized (object) variables.
 */
@Component
@Transactional
class WorkflowPersonalData implements PersonalDataSource {

    /** Columns that hold a username, as table and column. */
    private static final List<String[]> NAMED = List.of(
            new String[] {"act_hi_varinst", "text_"},
            new String[] {"act_hi_detail", "text_"},
            new String[] {"act_ru_variable", "text_"},
            new String[] {"act_hi_taskinst", "assignee_"},
            new String[] {"act_hi_taskinst", "owner_"},
            new String[] {"act_hi_actinst", "assignee_"},
            new String[] {"act_hi_identitylink", "user_id_"},
            new String[] {"act_hi_identitylink", "assigner_id_"},
            new String[] {"act_hi_op_log", "user_id_"},
            new String[] {"act_hi_op_log", "org_value_"},
            new String[] {"act_hi_op_log", "new_value_"},
            new String[] {"act_hi_procinst", "start_user_id_"},
            new String[] {"act_hi_comment", "user_id_"},
            new String[] {"act_ru_task", "owner_"});

    private final JdbcTemplate jdbc;
    private final PersonalColumns columns;
    private final Pseudonyms pseudonyms;

    WorkflowPersonalData(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.columns = new PersonalColumns(jdbc);
        this.pseudonyms = pseudonyms;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("processVariables", columns.rows("act_hi_varinst", "text_",
                "name_ as name, proc_inst_id_ as process_instance, create_time_ as created_at", username));
        data.put("tasksAssigned", columns.rows("act_hi_taskinst", "assignee_",
                "name_ as task, proc_inst_id_ as process_instance, start_time_ as started_at, end_time_ as ended_at", username));
        data.put("engineOperations", columns.rows("act_hi_op_log", "user_id_",
                "operation_type_ as operation, entity_type_ as entity, property_ as property, timestamp_ as at", username));
        data.put("processesStarted", columns.rows("act_hi_procinst", "start_user_id_",
                "proc_inst_id_ as process_instance, start_time_ as started_at", username));
        return data;
    }

    @Override
    public void forget(String username) {
        String marker = pseudonyms.formerResident("workflow", username);
        // running work: back to the candidate groups, no grants or candidate links left for the person
        jdbc.update("update act_ru_task set assignee_ = null, rev_ = rev_ + 1 where lower(assignee_) = lower(?)", username);
        jdbc.update("delete from act_ru_identitylink where lower(user_id_) = lower(?)", username);
        jdbc.update("delete from act_ru_authorization where lower(user_id_) = lower(?)", username);
        for (String[] named : NAMED) {
            columns.replace(named[0], named[1], username, marker);
        }
        // string variables longer than 4,000 characters keep their value in text2_; ours never name anyone there
    }
}
