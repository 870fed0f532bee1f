package org.communityjourneys.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A person's notifications, email choice and mails are in their download and gone when they leave. */
@SpringBootTest
@ActiveProfiles("test")
class NotificationsPersonalDataTest {

    @Autowired
    NotificationsPersonalData personalData;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDownloadHoldsWhatWeKeepAndForgettingRemovesItAll() {
        String person = "leaving-" + UUID.randomUUID() + "@example.org";
        String stays = "staying-" + UUID.randomUUID() + "@example.org";
        for (String who : List.of(person, stays)) {
            jdbc.update("insert into notification (id, recipient, subject, body, link, created_at) values (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), who, "Ideas are open", "Put forward an idea.", "/wards/E05012345", OffsetDateTime.now());
            jdbc.update("insert into email_preference (username, email_opt_in, email_address, updated_at) values (?, true, ?, ?)",
                    who, who, OffsetDateTime.now());
            jdbc.update("insert into outgoing_mail (id, recipient, to_address, subject, body, created_at, delivery) "
                    + "values (?, ?, ?, ?, ?, ?, 'DEV_MAILBOX')", UUID.randomUUID(), who, who, "Ideas are open", "Body", OffsetDateTime.now());
        }

        Map<String, Object> data = personalData.personalDataOf(person);
        assertThat((List<?>) data.get("notifications")).singleElement().asString().contains("Ideas are open");
        assertThat((List<?>) data.get("emailPreference")).singleElement().asString().contains(person);
        assertThat((List<?>) data.get("mailsSent")).hasSize(1);

        personalData.forget(person);

        assertThat(personalData.personalDataOf(person).values()).allSatisfy(rows -> assertThat((List<?>) rows).isEmpty());
        assertThat((List<?>) personalData.personalDataOf(stays).get("notifications")).hasSize(1);
    }
}
