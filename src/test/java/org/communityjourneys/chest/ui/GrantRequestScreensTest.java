package org.communityjourneys.chest.ui;

import org.communityjourneys.tasks.ui.TasksView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.domain.AuditEntryRepository;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantProgramme;
import org.communityjourneys.chest.domain.GrantRepository;
import org.communityjourneys.chest.domain.Fund;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.AccessDeniedToRole;
import org.communityjourneys.ui.PageNotFoundView;
import org.communityjourneys.chest.service.StartForms;
import org.communityjourneys.support.SpringMockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Apply for a grant" on a mock Vaadin UI, backed by the real engine and chest: who sees which
 * start forms, a hub claim that starts the process and records the grant, refusals that leave
 * nothing behind, and a process a resident may not start.
 */
// changes the engine's models: the next class gets a fresh context and database
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest
@ActiveProfiles("test")
class GrantRequestScreensTest {

    private static final String HUB = "hub-startup-grant";
    private static final String FAST_TRACK = "small-grants-fast-track";
    private static final String FACILITATORS_ONLY = "facilitators-only-start";

    @Autowired ApplicationContext context;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ChestService chest;
    @Autowired GrantRepository grantRows;
    @Autowired AuditEntryRepository audit;
    @Autowired StartForms startForms;

    @BeforeEach
    void setUp() {
        repository.createDeployment().name("facilitators-only-start").enableDuplicateFiltering(true)
                .addString("facilitators-only-start.bpmn", facilitatorsOnlyModel())
                .addString("facilitators-only-start.form", "{\"id\":\"facilitators-only-start-form\",\"type\":\"default\","
                        + "\"components\":[{\"type\":\"textfield\",\"id\":\"Field_note\",\"key\":\"note\",\"label\":\"Note\"}]}")
                .deploy();
        Set<Class<? extends Component>> views = Set.of(GrantRequestsView.class, GrantRequestView.class, TasksView.class);
        Set<Class<? extends HasErrorParameter<?>>> errors = Set.of(PageNotFoundView.class);
        SpringMockVaadin.setUp(context, views, errors);
    }

    @AfterEach
    void tearDown() {
        SpringMockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static String facilitatorsOnlyModel() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://communityjourneys.org/test">
                  <bpmn:process id="facilitators-only-start" name="Facilitators only" isExecutable="true" camunda:historyTimeToLive="P30D" camunda:candidateStarterGroups="FACILITATOR">
                    <bpmn:documentation>Only facilitators may start this. It is a test.</bpmn:documentation>
                    <bpmn:startEvent id="start" camunda:formRef="facilitators-only-start-form" camunda:formRefBinding="deployment"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
                    <bpmn:userTask id="check" name="Look at it" camunda:candidateGroups="GOVERNANCE"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
                    <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end" />
                    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.strip();
    }

    private static String logIn(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        return username;
    }

    private Fund fund(long maxGrantPence) {
        Fund fund = chest.createFund("Start form fund " + UUID.randomUUID(), "Talk Community", "PUBLIC_HEALTH",
                LocalDate.now().plusYears(1), maxGrantPence);
        chest.contribute(fund.getId(), 10_000_00, "Test money", "governance");
        return fund;
    }

    private static boolean linkShown(String processKey) {
        return !_find(RouterLink.class, spec -> spec.withId("apply-" + processKey)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void fillIn(Fund fund, String organisation, String amountPounds) {
        RadioButtonGroup<String> fundChoice = (RadioButtonGroup<String>) _get(RadioButtonGroup.class,
                spec -> spec.withId("field-fundId"));
        _setValue(fundChoice, fund.getId().toString());
        _setValue(_get(TextField.class, spec -> spec.withId("field-organisation")), organisation);
        _setValue(_get(TextField.class, spec -> spec.withId("field-contact")), "hub@example.org");
        _setValue(_get(TextArea.class, spec -> spec.withId("field-purpose")), "Urn, tables and chairs");
        _setValue(_get(TextField.class, spec -> spec.withId("field-amountPounds")), amountPounds);
    }

    private static void send() {
        _click(_get(Button.class, spec -> spec.withId("send-request")));
    }

    private List<ProcessInstance> startedBy(String username) {
        return runtime.createProcessInstanceQuery().variableValueEquals(StartForms.APPLICANT, username).list();
    }

    private boolean anyGrantFor(String organisation) {
        return grantRows.findAll().stream().anyMatch(grant -> organisation.equals(grant.getOrganisation()));
    }

    @Test
    void aResidentSeesBothGrantsButNotAProcessForFacilitatorsOnly() {
        logIn("resident", Role.RESIDENT);
        UI.getCurrent().navigate("requests");
        assertThat(linkShown(HUB)).isTrue();
        assertThat(linkShown(FAST_TRACK)).isTrue();
        assertThat(linkShown(FACILITATORS_ONLY)).isFalse();
        assertThat(_get(RouterLink.class, spec -> spec.withId("apply-" + HUB)).getHref()).isEqualTo("requests/" + HUB);
        Div hubCard = _get(Div.class, spec -> spec.withId("grant-request-" + HUB));
        assertThat(_find(hubCard, Paragraph.class)).extracting(Paragraph::getText).singleElement().asString()
                .startsWith("A community wellbeing hub").endsWith(".").doesNotContain("Started with the variables");
    }

    @Test
    void aFacilitatorSeesTheGrantsAndTheProcessForFacilitators() {
        logIn("facilitator", Role.FACILITATOR);
        UI.getCurrent().navigate("requests");
        assertThat(linkShown(HUB)).isTrue();
        assertThat(linkShown(FAST_TRACK)).isTrue();
        assertThat(linkShown(FACILITATORS_ONLY)).isTrue();
    }

    @Test
    void aPanelMemberHasNothingToApplyFor() {
        logIn("panel", Role.PANEL);
        UI.getCurrent().navigate("requests");
        assertThat(linkShown(HUB)).isFalse();
        assertThat(linkShown(FAST_TRACK)).isFalse();
        assertThat(linkShown(FACILITATORS_ONLY)).isFalse();
    }

    @Test
    void aValidHubClaimStartsTheProcessRecordsTheGrantAndAuditsIt() {
        Fund fund = fund(20_000_00);
        String username = logIn("resident", Role.RESIDENT);
        String organisation = "Ledbury hub " + UUID.randomUUID();
        UI.getCurrent().navigate("requests/" + HUB);
        fillIn(fund, organisation, "2400");
        send();

        assertThat(_get(Paragraph.class, spec -> spec.withId("request-sent")).getText())
                .isEqualTo("Your claim has been sent; a facilitator will check it.");
        List<ProcessInstance> started = startedBy(username);
        assertThat(started).hasSize(1);
        String grantId = (String) runtime.getVariable(started.get(0).getId(), "grantId");
        Grant grant = grantRows.findById(UUID.fromString(grantId)).orElseThrow();
        assertThat(grant.getProgramme()).isEqualTo(GrantProgramme.HUB_STARTUP);
        assertThat(grant.getAppliedBy()).isEqualTo(username);
        assertThat(grant.getOrganisation()).isEqualTo(organisation);
        assertThat(grant.getFundId()).isEqualTo(fund.getId());
        assertThat(grant.getAmountPence()).isEqualTo(2_400_00);
        assertThat(tasks.createTaskQuery().processInstanceId(started.get(0).getId()).singleResult().getName())
                .isEqualTo("Check the hub claim");
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByOccurredAtAsc("grant", grantId))
                .extracting(AuditEntry::getAction, AuditEntry::getActor)
                .contains(org.assertj.core.groups.Tuple.tuple("grant.claimed", username));
    }

    @Test
    void aClaimOverTheCeilingIsRefusedAndStartsNothing() {
        Fund fund = fund(20_000_00);
        String username = logIn("resident", Role.RESIDENT);
        String organisation = "Kington hub " + UUID.randomUUID();
        UI.getCurrent().navigate("requests/" + HUB);
        fillIn(fund, organisation, "2600");
        send();

        TextField amount = _get(TextField.class, spec -> spec.withId("field-amountPounds"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Enter 2500 or less.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-problem")).getText()).contains("need attention");
        assertThat(startedBy(username)).isEmpty();

        Map<String, Object> values = new HashMap<>(Map.of("fundId", fund.getId().toString(), "organisation", organisation,
                "contact", "hub@example.org", "purpose", "Urn", "amountPounds", 2600L));
        assertThatThrownBy(() -> startForms.start(HUB, values, username, Set.of(Role.RESIDENT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A hub start-up grant is at most £2,500: £2,600 was asked.");
        assertThat(startedBy(username)).isEmpty();
        assertThat(anyGrantFor(organisation)).isFalse();
    }

    @Test
    void aRefusalFromTheFundIsShownAndLeavesNothingBehind() {
        Fund smallFund = fund(100_00);
        String username = logIn("applicant", Role.APPLICANT);
        String organisation = "Leominster club " + UUID.randomUUID();
        UI.getCurrent().navigate("requests/" + FAST_TRACK);
        fillIn(smallFund, organisation, "200");
        send();

        assertThat(_get(Paragraph.class, spec -> spec.withId("request-problem")).getText())
                .isEqualTo(smallFund.getName() + " does not give grants of £200.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("request-sent"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("field-organisation")).getValue()).isEqualTo(organisation);
        assertThat(startedBy(username)).isEmpty();
        assertThat(anyGrantFor(organisation)).isFalse();
        assertThat(audit.findAllByOrderByOccurredAtDesc(org.springframework.data.domain.PageRequest.of(0, 50)))
                .noneMatch(entry -> username.equals(entry.getActor()));
    }

    @Test
    void aFacilitatorRefusedAPageIsNotToldToAskTheirFacilitator() {
        logIn("facilitator", Role.FACILITATOR);
        UI.getCurrent().navigate("requests/no-such-process");
        assertThat(_find(PageNotFoundView.class)).hasSize(1);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("ask an administrator"))
                .noneMatch(text -> text.contains("ask your facilitator"));
    }

    @Test
    void aResidentIsRefusedAProcessItsStarterGroupsExclude() {
        String username = logIn("resident", Role.RESIDENT);
        UI.getCurrent().navigate("requests/" + FACILITATORS_ONLY);
        assertThat(_find(PageNotFoundView.class)).hasSize(1);
        assertThat(_find(GrantRequestView.class)).isEmpty();

        UI.getCurrent().navigate("requests/no-such-process");
        assertThat(_find(PageNotFoundView.class)).hasSize(1);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("ask your facilitator or the governance lead"));

        assertThatThrownBy(() -> startForms.start(FACILITATORS_ONLY, Map.of("note", "let me in"), username,
                Set.of(Role.RESIDENT))).isInstanceOf(AccessDeniedToRole.class);
        assertThat(startedBy(username)).isEmpty();

        String facilitator = logIn("facilitator", Role.FACILITATOR);
        UI.getCurrent().navigate("requests/" + FACILITATORS_ONLY);
        _setValue(_get(TextField.class, spec -> spec.withId("field-note")), "On behalf of the lunch club");
        send();
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-sent")).getText())
                .isEqualTo("Your claim has been sent; a governance lead will check it.");
        assertThat(startedBy(facilitator)).hasSize(1);
    }
}
