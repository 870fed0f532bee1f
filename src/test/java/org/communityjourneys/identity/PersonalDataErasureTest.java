package org.communityjourneys.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.domain.GrantApplication;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantClaims;
import org.communityjourneys.chest.service.GrantLifecycle;
import org.communityjourneys.ideas.domain.IdeaDraft;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.PersonalData;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A resident with data in every module downloads it and deletes the account; afterwards no row of
 * any table (the product's, Camunda's ACT_* tables, event_publication) holds their username,
 * which is also their e-mail address. Grants, learning reports and the audit log stay, with a
 * keyed marker in place of the person.
 */
@SpringBootTest
@ActiveProfiles("test")
class PersonalDataErasureTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PersonalData personalData;
    @Autowired
    JourneyService journeys;
    @Autowired
    IdeaService ideas;
    @Autowired
    ChestService chest;
    @Autowired
    GrantLifecycle lifecycle;
    @Autowired
    GrantClaims claims;
    @Autowired
    LearningReviewService reviews;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aResidentWithDataInEveryModuleDownloadsItThenNoRowNamesThemAfterDeletion() {
        String robin = "robin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.ensureAccount(robin, "Robin", "a long password", EnumSet.of(Role.RESIDENT, Role.APPLICANT), Journeys.WARD, true);

        // ideas and supports
        Journey journey = Journeys.launch(journeys, 500_000);
        chest.reserveJourneyBudget(journey.getId(), 500_000, "facilitator");
        ideas.openWindow(journey.getId());
        UUID idea = SignedIn.as(robin, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Walking group", "Walks on Sundays.", 80_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Robin's walkers", robin), robin));
        UUID other = SignedIn.as("resident", "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("Toy library", "Toys to borrow.", 40_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Friends", "friends@example.org"), "resident"));
        SignedIn.as(robin, "RESIDENT", () -> ideas.support(other, robin));
        // a facilitator hides another idea of Robin's: the outcome event (naming Robin) is stored for its listener
        UUID hidden = SignedIn.as(robin, "RESIDENT", () -> ideas.submit(journey.getId(), new IdeaDraft("My phone number", "Call me on 07700 900123.", 10_000,
                Theme.BEST_START_IN_LIFE, Journeys.WARD, "Robin", robin), robin));
        SignedIn.asFacilitator(() -> {
            ideas.hide(hidden, "Personal details in the description");
            return null;
        });
        // chest: a journey grant with Robin as contact, a hub start-up grant Robin applied for
        UUID grant = chest.openGrant(journey.getId(), idea);
        SignedIn.as(robin, "RESIDENT", () -> lifecycle.recordApplication(grant,
                new GrantApplication("Robin's walkers", robin, 80_000, false, false, "Walks")));
        Fund fund = chest.createFund("Hub fund " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), 20_000_00);
        chest.contribute(fund.getId(), 10_000_00, "Test money", "governance");
        UUID hubGrant = claims.apply(GrantProgramme.HUB_STARTUP, fund.getId(), "Robin's hub", robin,
                "Urn, tables and chairs", 1_000_00, robin);
        // review: Robin holds the learning report request
        reviews.reportRequested(grant, journey.getId(), robin, "task-" + UUID.randomUUID());
        // workflow: a process variable naming Robin, a task assigned to Robin in Robin's name
        String instance = journeys.get(journey.getId()).getProcessInstanceId();
        runtime.setVariable(instance, "applicant", robin);
        String task = tasks.createTaskQuery().processInstanceId(instance).list().get(0).getId();
        asEngineUser(robin, () -> tasks.setAssignee(task, robin));
        // audit and event publications fill in as the listeners run
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from event_publication "
                + "where completion_date is null and serialized_event ilike ?", "%" + robin + "%") == 0);

        Map<String, Object> download = SignedIn.as(robin, "RESIDENT", personalData::ofCurrentUser);
        for (String section : List.of("ideasAuthored", "ideasSupported", "grantsAsContact", "grantsHeld",
                "grantsAppliedFor", "learningReportsHeld", "auditEntries", "processVariables", "tasksAssigned",
                "engineOperations", "storedEvents")) {
            assertThat((List<Object>) download.get(section)).as(section).isNotEmpty();
        }
        assertThat(hitsFor(robin)).as("rows naming Robin before the deletion").isNotEmpty();

        SignedIn.as(robin, "RESIDENT", () -> {
            personalData.deleteCurrentAccount();
            return null;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from event_publication "
                + "where completion_date is null", null) == 0);

        assertThat(hitsFor(robin)).as("rows naming Robin after the deletion").isEmpty();
        // the financial and accountability records stay, pseudonymised
        assertThat(jdbc.queryForObject("select contact from chest_grant where id = ?", String.class, grant))
                .startsWith("a former resident ");
        assertThat(jdbc.queryForObject("select applied_by from chest_grant where id = ?", String.class, hubGrant))
                .startsWith("a former resident ").doesNotContain("robin");
        assertThat(count("select count(*) from audit_entry where actor like 'a former resident %'", null)).isPositive();
        assertThat(jdbc.queryForObject("select text_ from act_ru_variable where proc_inst_id_ = ? and name_ = 'applicant'",
                String.class, instance)).startsWith("a former resident ");
    }

    private void asEngineUser(String username, Runnable work) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        boolean checks = configuration.isAuthorizationEnabled();
        configuration.setAuthorizationEnabled(false);
        identity.setAuthenticatedUserId(username);
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
            configuration.setAuthorizationEnabled(checks);
        }
    }

    private long count(String sql, String parameter) {
        return parameter == null ? jdbc.queryForObject(sql, Long.class) : jdbc.queryForObject(sql, Long.class, parameter);
    }

    /** Every table.column of the public schema (text and bytes) with a row that contains the text. */
    private List<String> hitsFor(String text) {
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying', 'character', 'bytea')""")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String where = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(lower(?), 'UTF8') in \"" + name + "\") > 0"
                    : "strpos(lower(\"" + name + "\"), lower(?)) > 0";
            if (count("select count(*) from \"" + table + "\" where " + where, text) > 0) {
                hits.add(table + "." + name);
            }
        }
        return hits;
    }
}
