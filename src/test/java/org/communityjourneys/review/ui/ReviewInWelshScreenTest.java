package org.communityjourneys.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.ideas.service.IdeaService;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.review.service.LearningReviewClock;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.ThematicIntelligence.GroupBy;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Worded;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.ui.Languages;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.showcase.service.ShowcaseService;
import org.communityjourneys.support.FundedJourneys;
import org.communityjourneys.support.FundedJourneys.Funded;
import org.communityjourneys.support.Journeys;
import org.communityjourneys.support.SignedIn;
import org.communityjourneys.support.SpringMockVaadin;
import org.communityjourneys.voting.service.VoteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The learning review while the UI is in Welsh: the group's report screen, the facilitator's
 * review, overdue reports and thematic intelligence, a ward's "what we heard" page and a funded
 * project's payment and timeline, with the service's refusals in Welsh; and the English unchanged.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "applicant", roles = "APPLICANT")
class ReviewInWelshScreenTest {

    @Autowired ApplicationContext context;
    @Autowired JourneyService journeys;
    @Autowired ShowcaseService showcase;
    @Autowired IdeaService ideas;
    @Autowired VoteService votes;
    @Autowired ChestService chest;
    @Autowired GrantApplicationService applications;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired org.communityjourneys.tasks.service.TaskInbox inbox;
    @Autowired LearningReviewService reviews;
    @Autowired LearningReviewClock reviewClock;
    @Autowired Projects projects;
    @Autowired WardDirectory wards;
    @Autowired ObjectMapper json;

    FundedJourneys funding;
    Funded funded;
    Task reportTask;

    @BeforeEach
    void aPaidGrantWhoseReportIsDue() {
        funding = new FundedJourneys(journeys, showcase, ideas, votes, chest, applications, runtime, tasks, management, inbox);
        var user = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        funded = funding.paidGrant("applicant");
        reportTask = funding.fireLearningReviewTimer(funded);
        SecurityContextHolder.getContext().setAuthentication(user);
        screens(Languages.WELSH);
    }

    @AfterEach
    void close() {
        SpringMockVaadin.tearDown();
    }

    private void screens(Locale language) {
        SpringMockVaadin.tearDown();
        SpringMockVaadin.setUp(context, LearningReportView.class, LearningReviewView.class, LearningReportsView.class,
                ThematicDashboardView.class, WhatWeHeardView.class, ProjectView.class, ProjectsView.class);
        UI.getCurrent().setLocale(language);
    }

    private void openReport() {
        UI.getCurrent().navigate("learning-reports/" + reportTask.getId(), QueryParameters.of("task", reportTask.getId()));
    }

    private static void click(String id) {
        ButtonKt._click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String welsh(long pence) {
        return Money.format(pence, Languages.WELSH);
    }

    private Task fileTheReport() {
        reviews.fileReport(funded.grantId(), reportTask.getId(), new LearningReportAnswers("Twelve sessions in the library.", 40,
                Map.of(), 6, 12, 12, 0, Set.of(), List.of(new SpendLine("Toys and mats", 600_00)), null,
                "Two mums now run the sessions themselves.", new ConnectionCounts(0, 0, 0, 0, 10, 25)), null, null);
        return funding.only(funded.journey().getProcessInstanceId(), "reviewLearningReport");
    }

    @Test
    void theGroupsReportScreenIsInWelshAndSaysItsProblemsInWelsh() {
        openReport();
        assertThat(_get(H1.class).getText()).isEqualTo("Adroddiad dysgu: " + funded.projectTitle());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Adroddiad dysgu | Teithiau Cymunedol");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-what-happened")).getLabel()).isEqualTo("Beth ddigwyddodd?");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Pwy gymerodd ran", "Arian a wariwyd", "Teimlo'n rhan o bethau");
        assertThat(_get(Button.class, spec -> spec.withId("report-send")).getText()).isEqualTo("Anfon yr adroddiad");
        assertThat(_get(Span.class, spec -> spec.withId("report-spend-total")).getText())
                .isEqualTo("Wedi'i wario i gyd: " + welsh(0) + " o'r grant o " + welsh(800_00) + ".");
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("connection-part-before"))
                .getAriaLabel()).contains("Rwy'n teimlo'n rhan o fy nghymuned: faint a ddywedodd ie cyn");

        _get(TextField.class, spec -> spec.withId("spend-line-0")).setValue("Toys and mats");
        _get(BigDecimalField.class, spec -> spec.withId("spend-amount-0")).setValue(new BigDecimal("950.00"));
        assertThat(_get(Div.class, spec -> spec.withId("report-overspend-warning")).getText())
                .startsWith("Gwarioch chi " + welsh(150_00) + " yn fwy na'r grant.");
        click("report-send");
        assertThat(_get(Div.class, spec -> spec.withId("report-problem")).getText()).isEqualTo(
                "Dywedwch mewn ychydig eiriau beth ddigwyddodd. Gwarioch chi " + welsh(950_00) + ", mwy na'r grant o "
                        + welsh(800_00) + ": dywedwch sut y talwyd am y gwahaniaeth.");
        assertThat(reviews.reportFor(funded.grantId())).isEmpty();
    }

    @Test
    void theServicesRefusalsAreWordedInWelshAndStayEnglishInTheirMessage() {
        assertThatThrownBy(() -> SignedIn.as("someone-else", "APPLICANT", () -> reviews.saveDraft(funded.grantId(),
                LearningReportAnswers.empty(), null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This grant is not yours, so you cannot report on it. Only the person who applied for it can, "
                        + "or a facilitator on the group's behalf.")
                .satisfies(refused -> assertThat(((Worded) refused).in(Languages.WELSH)).isEqualTo("Nid eich grant chi yw hwn, "
                        + "felly ni allwch adrodd arno. Dim ond y sawl a wnaeth gais amdano all wneud hynny, neu hwylusydd ar ran y grŵp."));
        assertThatThrownBy(() -> SignedIn.as("facilitator", "FACILITATOR", () -> reviewClock.askNow(funded.grantId(), "facilitator")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The group has already been asked for its learning report.")
                .satisfies(refused -> assertThat(((Worded) refused).in(Languages.WELSH))
                        .isEqualTo("Mae'r grŵp eisoes wedi cael cais am ei adroddiad dysgu."));
    }

    @Test
    void theFacilitatorsReviewIsInWelshAndARefusalIsShownInWelsh() {
        Task reviewTask = fileTheReport();
        SignedIn.asFacilitator(() -> {
            screens(Languages.WELSH);
            UI.getCurrent().navigate("learning-reviews/" + reviewTask.getId(), QueryParameters.of("task", reviewTask.getId()));
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Adolygu adroddiad dysgu | Teithiau Cymunedol");
            assertThat(_find(H2.class).stream().map(H2::getText)).contains("Beth ddigwyddodd", "Cyrhaeddiad yn ôl poblogaeth",
                    "Arian a wariwyd", "Stori", "Eich adolygiad");
            assertThat(_get(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("review-facts"))
                    .getElement().getTextRecursively()).contains("Gweithgareddau a gynhaliwyd", "12 (12 i bobl 0-17 oed)",
                            "10 cyn, 25 ar ôl");
            assertThat(_get(Div.class, spec -> spec.withId("review-spending")).getElement().getTextRecursively())
                    .contains("Toys and mats: " + welsh(600_00), "Gwariwyd " + welsh(600_00) + " o'r grant o " + welsh(800_00) + ".");
            assertThat(_get(Button.class, spec -> spec.withId("review-accept")).getText()).isEqualTo("Derbyn yr adroddiad");
            click("review-clarify");
            assertThat(_get(Div.class, spec -> spec.withId("review-problem")).getText())
                    .isEqualTo("Dywedwch beth sydd angen ei egluro: bydd y grŵp yn gweld eich neges.");

            UI.getCurrent().navigate("learning-reports");
            assertThat(_get(H1.class).getText()).isEqualTo("Adroddiadau dysgu hwyr");
            assertThat(_get(Grid.class, spec -> spec.withId("overdue-reports")).getColumns().stream()
                    .map(column -> ((Grid.Column<?>) column).getHeaderText())).contains("Prosiect", "Erbyn");

            UI.getCurrent().navigate("intelligence");
            ThematicDashboardView dashboard = _get(ThematicDashboardView.class);
            assertThat(dashboard.getPageTitle()).isEqualTo("Gwybodaeth thematig | Teithiau Cymunedol");
            assertThat(dashboard.groupBy.getLabel()).isEqualTo("Grwpio yn ôl");
            assertThat(dashboard.groupBy.getItemLabelGenerator().apply(GroupBy.POPULATION)).isEqualTo("Poblogaeth");
            assertThat(dashboard.rows.getColumnByKey("needs").getHeaderText()).isEqualTo("Anghenion a godwyd");
            assertThat(dashboard.quarters.getColumnByKey("children").getHeaderText()).isEqualTo("I bobl 0-17 oed");
            assertThat(ThematicDashboardView.groupName("Best start in life (age 0-5)"))
                    .isEqualTo(Translations.text(Languages.WELSH, "theme.BEST_START_IN_LIFE"));
            assertThat(ThematicDashboardView.groupName("Not tagged")).isEqualTo("Heb dag");
            return null;
        });
    }

    @Test
    void theWardsWhatWeHeardPageIsInWelsh() {
        String ward = wards.find(Journeys.WARD).orElseThrow().getName();
        UI.getCurrent().navigate("wards/" + Journeys.WARD + "/what-we-heard");
        assertThat(_get(H1.class).getText()).isEqualTo("Yr hyn a glywsom yn " + ward);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Yr hyn a glywsom yn " + ward + " | Teithiau Cymunedol");
        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly("Anghenion a godwyd", "Yr hyn a ariannwyd", "Yn dal ar agor");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Yn y sgyrsiau arddangos, codwyd ") && text.contains(" cynnig o help"))
                .contains("Anghenion nad oes unrhyw syniad a ddewiswyd drwy bleidlais yma wedi eu hateb eto. "
                        + "Gallant ddechrau'r daith nesaf.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("heard-needs")).getElement().getTextRecursively())
                .contains("Somewhere warm to meet with babies (" + Translations.text(Languages.WELSH, "theme.BEST_START_IN_LIFE") + ")");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("heard-funded")).getElement().getTextRecursively())
                .contains(funded.projectTitle() + ": Ar y gweill, talwyd " + welsh(800_00));
        UI.getCurrent().navigate("wards/E00000000/what-we-heard");
        assertThat(_get(H1.class).getText()).isEqualTo("Heb ddod o hyd i'r ward");
    }

    @Test
    void aProjectsPaymentAndTimelineAreInWelsh() {
        UI.getCurrent().navigate("projects/" + funded.grantId());
        assertThat(_get(Span.class, spec -> spec.withId("project-payment")).getText()).isEqualTo("Talwyd " + welsh(800_00));
        assertThat(_get(OrderedList.class, spec -> spec.withId("project-timeline")).getElement().getTextRecursively())
                .contains("Enillodd y syniad y bleidlais ac agorwyd ei grant",
                        "Taliad grant o " + welsh(800_00) + ": talwyd " + welsh(800_00),
                        "Gofynnwyd i'r grŵp beth a ddysgodd");
        UI.getCurrent().navigate("projects");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("projects-list")).getElement().getTextRecursively())
                .contains(funded.projectTitle() + " — " + funded.journey().getTitle() + ": Ar y gweill, talwyd " + welsh(800_00));
    }

    @Test
    void theEnglishIsUnchangedAndTheOpenDataStaysEnglish() throws Exception {
        screens(Languages.ENGLISH);
        openReport();
        assertThat(_get(H1.class).getText()).isEqualTo("Learning report: " + funded.projectTitle());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Learning report | Community Journeys");
        assertThat(_get(Span.class, spec -> spec.withId("report-spend-total")).getText())
                .isEqualTo("Spent in all: £0 of the grant of £800.");
        assertThat(_get(Span.class, spec -> spec.withId("report-photo-state")).getText()).isEqualTo("No photo yet.");
        click("report-send");
        assertThat(_get(Div.class, spec -> spec.withId("report-problem")).getText()).isEqualTo("Say in a few words what happened.");

        UI.getCurrent().navigate("projects/" + funded.grantId());
        assertThat(_get(Span.class, spec -> spec.withId("project-payment")).getText()).isEqualTo("Paid £800");
        assertThat(_get(OrderedList.class, spec -> spec.withId("project-timeline")).getElement().getTextRecursively())
                .contains("The idea won the vote and its grant was opened", "Grant payment of £800: paid £800",
                        "The group was asked what it learned");
        UI.getCurrent().navigate("wards/" + Journeys.WARD + "/what-we-heard");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("heard-funded")).getElement().getTextRecursively())
                .contains(funded.projectTitle() + ": Under way, paid £800");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("heard-needs")).getElement().getTextRecursively())
                .contains("Somewhere warm to meet with babies (Best start in life (age 0-5))");

        Projects.ProjectDetail detail = projects.project(funded.grantId()).orElseThrow();
        assertThat(detail.project().payment()).isEqualTo("paid £800");
        assertThat(detail.project().paymentWording().in(Languages.ENGLISH)).isEqualTo(detail.project().payment());
        JsonNode entry = json.readTree(json.writeValueAsString(detail)).get("timeline").get(0);
        assertThat(entry.fieldNames()).toIterable().containsExactlyInAnyOrder("at", "what");
        assertThat(entry.get("what").asText()).isEqualTo("The idea won the vote and its grant was opened");
    }
}
