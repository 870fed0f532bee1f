package org.communityjourneys.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V230 moves the hub start-up and fast-track grants of a database in use into the one
 * grant table: a database migrated to V220 with grants in every state, a reservation, a payment and
 * a hub's report request is migrated on, and every grant keeps its id, amounts, people, decision and
 * state, the ledger still names it, and the report request now has a real foreign key.
 */
class OneGrantLifecycleMigrationTest {

    @Test
    void grantsDrawnFromAFundMoveIntoTheOneGrantTableWithNothingLost() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start()) {
            DataSource data = postgres.getPostgresDatabase();
            JdbcTemplate jdbc = new JdbcTemplate(data);
            flyway(data, "220").migrate();

            UUID fund = UUID.randomUUID();
            jdbc.update("insert into fund (id, name, funder, funder_kind, distribution_deadline, max_grant_pence, created_at)"
                    + " values (?, 'Hub fund', 'Talk Community', 'PUBLIC_HEALTH', date '2030-03-31', 2000000, now())", fund);
            jdbc.update("insert into ledger_entry (fund_id, kind, amount_pence, reference, idempotency_key, recorded_by,"
                    + " recorded_at) values (?, 'CONTRIBUTION', 1000000, 'Test money', 'c1', 'governance', now())", fund);
            UUID applied = directGrant(jdbc, fund, "FAST_TRACK", "Waiting group", 20_000, "APPLIED", null, null);
            UUID declined = directGrant(jdbc, fund, "FAST_TRACK", "Not a group", 30_000, "DECLINED", "No group", "facilitator");
            UUID paid = directGrant(jdbc, fund, "HUB_STARTUP", "Bromyard hub", 150_000, "PAID", null, "facilitator");
            jdbc.update("insert into ledger_entry (fund_id, kind, amount_pence, grant_id, reference, idempotency_key,"
                    + " recorded_by, recorded_at) values (?, 'RESERVATION', 150000, ?, 'Hub', 'grant-reservation:' || ?,"
                    + " 'facilitator', now())", fund, paid, paid.toString());
            jdbc.update("insert into ledger_entry (fund_id, kind, amount_pence, grant_id, reference, idempotency_key,"
                    + " recorded_by, recorded_at) values (?, 'PAYMENT', 150000, ?, 'BACS', 'payment:' || ?, 'governance',"
                    + " now())", fund, paid, paid.toString());
            jdbc.update("insert into learning_report_request (grant_id, journey_id, holder, requested_at, due_at)"
                    + " values (?, null, 'hubclaimant', now(), now())", paid);
            List<Map<String, Object>> before = jdbc.queryForList("select id, programme, fund_id, organisation, contact,"
                    + " purpose, amount_pence, status, decision_reason, decided_by, applied_by, created_at, version"
                    + " from direct_grant order by id");

            flyway(data, "latest").migrate();

            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'direct_grant'",
                    Long.class)).isZero();
            List<Map<String, Object>> after = jdbc.queryForList("select id, programme, fund_id, organisation, contact,"
                    + " summary as purpose, amount_pence, status, decision_reason, decided_by, applied_by, created_at, version"
                    + " from chest_grant order by id");
            assertThat(after).as("every grant, field for field").isEqualTo(before);
            Map<String, Object> hub = jdbc.queryForMap("select * from chest_grant where id = ?", paid);
            assertThat(hub).containsEntry("title", "Bromyard hub").containsEntry("holder", "hubclaimant")
                    .containsEntry("route", "FACILITATOR_CHECK").containsEntry("decided_as", "FACILITATOR")
                    .containsEntry("voted_pence", 150_000L);
            assertThat(hub.get("journey_id")).isNull();
            assertThat(jdbc.queryForObject("select decided_as from chest_grant where id = ?", String.class, applied)).isNull();
            assertThat(jdbc.queryForObject("select decided_as from chest_grant where id = ?", String.class, declined))
                    .isEqualTo("FACILITATOR");
            assertThat(jdbc.queryForObject("select count(*) from ledger_entry e join chest_grant g on g.id = e.grant_id",
                    Long.class)).as("the ledger still names its grant").isEqualTo(2);
            assertThatThrownBy(() -> jdbc.update("insert into learning_report_request (grant_id, journey_id, holder,"
                    + " requested_at, due_at) values (?, null, 'x', now(), now())", UUID.randomUUID()))
                    .hasMessageContaining("learning_report_request_grant_id_fkey");
        }
    }

    private static UUID directGrant(JdbcTemplate jdbc, UUID fund, String programme, String organisation, long pence,
            String status, String reason, String decidedBy) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into direct_grant (id, fund_id, programme, organisation, contact, purpose, amount_pence, status,"
                + " decision_reason, decided_by, applied_by, created_at) values (?, ?, ?, ?, 'hub@example.org', 'Tables', ?,"
                + " ?, ?, ?, 'hubclaimant', now())", id, fund, programme, organisation, pence, status, reason, decidedBy);
        return id;
    }

    private static Flyway flyway(DataSource data, String target) {
        return Flyway.configure().dataSource(data).locations("classpath:db/migration").table("cj_schema_history")
                .target(target).load();
    }
}
