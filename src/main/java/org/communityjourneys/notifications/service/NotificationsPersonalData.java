package org.communityjourneys.notifications.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityjourneys.identity.service.PersonalDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notifications module keeps about a person: their notifications, their email choice
 * and the mails sent to them. All of it goes when they delete their account; nothing here is
 * needed to keep any count right.
 */
@Component
@Transactional
class NotificationsPersonalData implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    NotificationsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> personalDataOf(String username) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("notifications", rows("select subject, body, link, created_at, read_at from notification "
                + "where recipient = ? order by created_at", username));
        data.put("emailPreference", rows("select email_opt_in, email_address, updated_at from email_preference "
                + "where username = ?", username));
        data.put("mailsSent", rows("select to_address, subject, body, created_at, delivery from outgoing_mail "
                + "where recipient = ? order by created_at", username));
        return data;
    }

    @Override
    public void forget(String username) {
        jdbc.update("delete from notification where recipient = ?", username);
        jdbc.update("delete from email_preference where username = ?", username);
        jdbc.update("delete from outgoing_mail where recipient = ?", username);
    }

    private List<Map<String, Object>> rows(String sql, String username) {
        return jdbc.queryForList(sql, username).stream().map(row -> {
            Map<String, Object> plain = new LinkedHashMap<>();
            row.forEach((column, value) -> plain.put(column, value == null ? null : value.toString()));
            return plain;
        }).toList();
    }
}
