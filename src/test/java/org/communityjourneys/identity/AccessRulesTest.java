// Over 400 lines: one class probes every engine door as each insider, against a single running journey.
package org.communityjourneys.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/*
 * Over 400 lines: one probe per insider and door, each comparing the engine's state before and
 * after, with the login and XSRF plumbing they share; split by door when a door gets more.
 */

/**
 * The security chains over real HTTP, probed as the insiders who might try them: Camunda's REST
 * API reads for administrators only and changes nothing for anyone; Cockpit reads for governance
 * leads and administrators signed in through our own login, and writes nothing but an
 * administrator's job retries. Each refused change is checked against the engine's state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessRulesTest {

    private static final String PASSWORD = "journeys";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER_META = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JourneyService journeys;

    @Autowired
    TaskService tasks;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String facilitatorTaskId;

    private String processInstanceId;

    @BeforeEach
    void aJourneyWithAFacilitatorTask() {
        Journey journey = Journeys.launchToShowcase(journeys, management, 250_000);
        processInstanceId = journey.getProcessInstanceId();
        facilitatorTaskId = tasks.createTaskQuery().processInstanceBusinessKey(journey.getId().toString())
                .taskCandidateGroup("FACILITATOR").list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("a launched journey should give facilitators a task")).getId();
    }

    @Test
    void theEngineApiWantsCredentials() throws Exception {
        HttpResponse<String> response = send(anonymous, get("/engine-rest/task"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void theEngineApiRejectsWrongPasswords() throws Exception {
        assertThat(send(anonymous, basic(get("/engine-rest/task"), "facilitator", "not-the-password")).statusCode()).isEqualTo(401);
    }

    @Test
    void residentsCannotListOrCompleteTasksThroughTheEngineApi() throws Exception {
        assertThat(send(anonymous, basic(get("/engine-rest/task"), "resident", PASSWORD)).statusCode()).isEqualTo(403);

        HttpRequest complete = basic(HttpRequest.newBuilder(url("/engine-rest/task/" + facilitatorTaskId + "/complete"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")), "resident", PASSWORD);
        assertThat(send(anonymous, complete).statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(facilitatorTaskId).count()).as("the task is still open").isEqualTo(1);
    }

    @Test
    void nobodyDeploysOrDeletesModelsThroughTheEngineApiRoundTheStudio() throws Exception {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        String boundary = "cj-boundary";
        String body = sneakyDeployment(boundary);
        for (String path : new String[] {"/engine-rest/deployment/create", "/engine-rest/engine/" + engine.getName() + "/deployment/create"}) {
            for (String who : new String[] {"facilitator", "governance", "admin"}) {
                HttpRequest create = basic(HttpRequest.newBuilder(url(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body)), who, PASSWORD);
                assertThat(send(anonymous, create).statusCode()).as("%s deploying through %s", who, path).isEqualTo(403);
            }
        }
        String seed = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
        HttpRequest delete = basic(HttpRequest.newBuilder(url("/engine-rest/deployment/" + seed + "?cascade=true")).DELETE(),
                "admin", PASSWORD);
        assertThat(send(anonymous, delete).statusCode()).isEqualTo(403);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed or deleted").isEqualTo(deployments);
    }

    @Test
    void facilitatorsAndPanelMembersCannotChangeOrReadTheEngineThroughItsApi() throws Exception {
        Job job = aJobOfTheJourney();
        EngineState before = engineState(job);
        // tests give the engine a unique name: the named paths would reach it if the rules let them
        String engineApi = "/engine-rest/engine/" + engine.getName();
        for (String who : new String[] {"facilitator", "panel"}) {
            assertRefused(send(anonymous, basic(HttpRequest.newBuilder(url(engineApi + "/process-instance/" + processInstanceId))
                    .DELETE(), who, PASSWORD)), who + " deleting the journey");
            assertRefused(send(anonymous, basic(json(engineApi + "/process-instance/" + processInstanceId + "/variables/budgetPence")
                    .PUT(body("{\"value\": 1, \"type\": \"Long\"}")), who, PASSWORD)), who + " writing a variable");
            assertRefused(send(anonymous, basic(json(engineApi + "/task/" + facilitatorTaskId + "/complete")
                    .POST(body("{\"variables\": {}}")), who, PASSWORD)), who + " completing a task");
            assertRefused(send(anonymous, basic(json(engineApi + "/job/" + job.getId() + "/execute")
                    .POST(body("")), who, PASSWORD)), who + " executing a job");
            assertRefused(send(anonymous, basic(get(engineApi + "/task?candidateGroup=FACILITATOR"), who, PASSWORD)),
                    who + " listing tasks");
        }
        assertThat(engineState(job)).as("the engine after the probes").isEqualTo(before);
    }

    @Test
    void governanceLeadsCannotUseTheEngineApi() throws Exception {
        String engineApi = "/engine-rest/engine/" + engine.getName();
        assertRefused(send(anonymous, basic(get(engineApi + "/process-instance"), "governance", PASSWORD)), "governance reading");
        assertRefused(send(anonymous, basic(HttpRequest.newBuilder(url(engineApi + "/process-instance/" + processInstanceId))
                .DELETE(), "governance", PASSWORD)), "governance deleting the journey");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isEqualTo(1);
    }

    @Test
    void administratorsReadTheEngineApiButWriteNothingThroughIt() throws Exception {
        Job job = aJobOfTheJourney();
        EngineState before = engineState(job);
        String instance = "/engine-rest/engine/" + engine.getName() + "/process-instance/" + processInstanceId;

        HttpResponse<String> read = send(anonymous, basic(get(instance), "admin", PASSWORD));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains(processInstanceId);

        assertRefused(send(anonymous, basic(HttpRequest.newBuilder(url(instance)).DELETE(), "admin", PASSWORD)),
                "admin deleting the journey");
        assertRefused(send(anonymous, basic(json(instance + "/variables/budgetPence")
                .PUT(body("{\"value\": 1, \"type\": \"Long\"}")), "admin", PASSWORD)), "admin writing a variable");
        assertRefused(send(anonymous, basic(json("/engine-rest/engine/" + engine.getName() + "/job/" + job.getId() + "/retries")
                .PUT(body("{\"retries\": 7}")), "admin", PASSWORD)), "admin setting retries over /engine-rest");
        // a GET that asks to be taken for a DELETE stays a GET
        HttpResponse<String> overridden = send(anonymous, basic(HttpRequest.newBuilder(url(instance))
                .header("X-HTTP-Method-Override", "DELETE").GET(), "admin", PASSWORD));
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);

        assertThat(engineState(job)).as("the engine after the probes").isEqualTo(before);
        // behind the HTTP rules the engine checks the administrator's grants: none for task filters
        assertThat(engine.getFilterService().createFilterQuery().count()).as("the engine has a task filter").isPositive();
        HttpResponse<String> filters = send(anonymous, basic(get("/engine-rest/engine/" + engine.getName() + "/filter/count"),
                "admin", PASSWORD));
        assertThat(filters.body()).as("filters an administrator may read over /engine-rest").isEqualTo("{\"count\":0}");
    }

    @Test
    void governanceLeadsReadThroughCockpitButCannotDeployOrChangeAnything() throws Exception {
        Browser governance = loggedIn("governance");
        String engineApi = "/camunda/api/engine/engine/" + engine.getName();
        HttpResponse<String> definitions = send(governance.client(), get(engineApi + "/process-definition?latestVersion=true"));
        assertThat(definitions.statusCode()).as(definitions.body()).isEqualTo(200);
        assertThat(definitions.body()).as("the engine lets governance read definitions").contains("\"key\":\"community-journey\"");
        String token = governance.xsrfToken();
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        Job job = aJobOfTheJourney();
        EngineState before = engineState(job);

        // a query by POST, with the same session and CSRF token as the refused probes: it is answered
        assertThat(instanceCount(governance, token)).as("governance sees running journeys").isPositive();

        String boundary = "cj-boundary";
        assertRefused(send(governance.client(), xsrf(HttpRequest.newBuilder(url(engineApi + "/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body(sneakyDeployment(boundary))), token)), "governance deploying through Cockpit's engine API");
        String seed = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
        assertRefused(send(governance.client(), xsrf(HttpRequest.newBuilder(url(engineApi + "/deployment/" + seed + "?cascade=true"))
                .DELETE(), token)), "governance deleting the seed deployment");
        assertRefused(send(governance.client(), xsrf(HttpRequest.newBuilder(url(engineApi + "/process-instance/" + processInstanceId))
                .DELETE(), token)), "governance deleting the journey");
        assertRefused(send(governance.client(), xsrf(json(engineApi + "/process-instance/" + processInstanceId + "/variables/budgetPence")
                .PUT(body("{\"value\": 1, \"type\": \"Long\"}")), token)), "governance writing a variable");
        assertRefused(send(governance.client(), xsrf(json(engineApi + "/task/" + facilitatorTaskId + "/complete")
                .POST(body("{\"variables\": {}}")), token)), "governance completing a task");
        assertRefused(send(governance.client(), xsrf(json(engineApi + "/job/" + job.getId() + "/retries")
                .PUT(body("{\"retries\": 7}")), token)), "governance setting job retries");
        assertRefused(send(governance.client(), xsrf(json(engineApi + "/process-instance/delete")
                .POST(body("{\"processInstanceIds\": [\"" + processInstanceId + "\"]}")), token)), "governance deleting in a batch");

        assertThat(instanceCount(governance, token)).as("the session and token still work").isPositive();
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("nothing deployed or deleted").isEqualTo(deployments);
        assertThat(engineState(job)).as("the engine after the probes").isEqualTo(before);
        // the engine's own checks: no grant to read authorizations, so the list is empty for governance
        assertThat(send(governance.client(), get(engineApi + "/authorization/count")).body()).isEqualTo("{\"count\":0}");
    }

    @Test
    void tasklistIsForNobodyAndTheAdminAppForAdministratorsOnly() throws Exception {
        Browser governance = loggedIn("governance");
        assertRefused(send(governance.client(), get("/camunda/app/tasklist/")), "governance opening Tasklist");
        assertRefused(send(governance.client(), get("/camunda/app/admin/")), "governance opening Admin");

        Browser admin = loggedIn("admin");
        assertRefused(send(admin.client(), get("/camunda/app/tasklist/")), "admin opening Tasklist");
        HttpResponse<String> toEngine = send(admin.client(), get("/camunda/app/admin/"));
        assertThat(toEngine.statusCode()).isEqualTo(302);
        HttpResponse<String> adminApp = send(admin.client(), get(URI.create(toEngine.headers().firstValue("Location").orElseThrow()).getPath()));
        assertThat(adminApp.statusCode()).isEqualTo(200);
        // the engine's own checks let administrators read the authorizations (governance reads none)
        HttpResponse<String> grants = send(admin.client(), get("/camunda/api/engine/engine/" + engine.getName() + "/authorization/count"));
        assertThat(grants.body()).doesNotContain("\"count\":0").contains("\"count\":");
    }

    @Test
    void administratorsRetryJobsInCockpitButChangeNothingElse() throws Exception {
        Browser admin = loggedIn("admin");
        String engineApi = "/camunda/api/engine/engine/" + engine.getName();
        assertThat(send(admin.client(), get(engineApi + "/process-definition")).statusCode()).isEqualTo(200);
        String token = admin.xsrfToken();
        Job job = aJobOfTheJourney();
        long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();

        HttpResponse<String> retry = send(admin.client(), xsrf(json(engineApi + "/job/" + job.getId() + "/retries")
                .PUT(body("{\"retries\": 5}")), token));
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(5);

        EngineState before = engineState(job);
        assertRefused(send(admin.client(), xsrf(HttpRequest.newBuilder(url(engineApi + "/process-instance/" + processInstanceId))
                .DELETE(), token)), "admin deleting the journey");
        assertRefused(send(admin.client(), xsrf(json(engineApi + "/job/" + job.getId() + "/execute")
                .POST(body("")), token)), "admin executing a job early");
        assertRefused(send(admin.client(), xsrf(json(engineApi + "/authorization/create")
                .POST(body("{\"type\": 1, \"permissions\": [\"ALL\"], \"groupId\": \"ADMIN\", \"resourceType\": 8, "
                        + "\"resourceId\": \"*\"}")), token)), "admin granting themselves more");
        assertThat(engineState(job)).as("the engine after the probes").isEqualTo(before);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    }

    @Test
    void cockpitSendsAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> response = send(anonymous, get("/camunda/app/cockpit/"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void residentsCannotOpenCockpit() throws Exception {
        HttpClient resident = loggedIn("resident").client();

        assertThat(send(resident, get("/camunda/app/cockpit/")).statusCode()).isEqualTo(403);
        assertThat(send(resident, get("/camunda/api/engine/engine/")).statusCode()).isEqualTo(403);
    }

    @Test
    void governanceLeadsOpenCockpitWithTheirOwnLogin() throws Exception {
        HttpClient governance = loggedIn("governance").client();
        HttpResponse<String> toEngine = send(governance, get("/camunda/app/cockpit/"));
        assertThat(toEngine.statusCode()).isEqualTo(302);
        String engineCockpit = URI.create(toEngine.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(engineCockpit).startsWith("/camunda/app/cockpit/");

        HttpResponse<String> cockpit = send(governance, get(engineCockpit));
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");
    }

    /** Logs in through the login page, as a browser would: session cookie plus CSRF token. */
    private Browser loggedIn(String username) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = loginPage(browser);
        Matcher token = CSRF_META.matcher(page);
        Matcher parameter = CSRF_PARAMETER_META.matcher(page);
        assertThat(token.find()).as("the login page carries a CSRF token:%n%s", page).isTrue();
        String csrfParameter = parameter.find() ? parameter.group(1) : "_csrf";
        String form = "username=" + encode(username) + "&password=" + encode(PASSWORD)
                + "&" + encode(csrfParameter) + "=" + encode(token.group(1));
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return new Browser(browser, cookies);
    }

    /** A signed-in browser and its cookies. */
    private record Browser(HttpClient client, CookieManager cookies) {

        /**
         * The Camunda webapp's CSRF token (its CsrfPreventionFilter sets the XSRF-TOKEN cookie on a
         * reading request and wants it back in the X-XSRF-TOKEN header of every changing one).
         */
        String xsrfToken() {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("the webapp should have set its XSRF-TOKEN cookie"));
        }
    }

    /** What the probes try to change: the journey, its variables, the facilitator's task, a job. */
    private record EngineState(boolean instanceRunning, Map<String, Object> variables, boolean taskOpen,
            boolean jobThere, java.util.Date jobDue) {
    }

    private EngineState engineState(Job job) {
        Job now = management.createJobQuery().jobId(job.getId()).singleResult();
        return new EngineState(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 1,
                runtime.getVariables(processInstanceId), tasks.createTaskQuery().taskId(facilitatorTaskId).count() == 1,
                now != null, now == null ? null : now.getDuedate());
    }

    private Job aJobOfTheJourney() {
        return management.createJobQuery().processInstanceId(processInstanceId).list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("a journey at the showcase stage should have a job waiting"));
    }

    private long instanceCount(Browser browser, String token) throws IOException, InterruptedException {
        HttpResponse<String> count = send(browser.client(), xsrf(json("/camunda/api/engine/engine/" + engine.getName()
                + "/process-instance/count").POST(body("{\"businessKey\": null}")), token));
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        Matcher number = Pattern.compile("\"count\":(\\d+)").matcher(count.body());
        assertThat(number.find()).as(count.body()).isTrue();
        return Long.parseLong(number.group(1));
    }

    /** A refusal by our rules: 403 with our sentence (not the webapp's CSRF 403, not the engine's). */
    private static void assertRefused(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(403);
        assertThat(response.body()).as(what).contains("Refused by Community Journeys");
    }

    private static String sneakyDeployment(String boundary) {
        String script = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"x\"><process id=\"sneaky\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "<scriptTask id=\"t\" scriptFormat=\"javascript\"><script>1</script></scriptTask></process></definitions>";
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsneaky\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"sneaky.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + script + "\r\n--" + boundary + "--\r\n";
    }

    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private static HttpRequest xsrf(HttpRequest.Builder request, String token) {
        return request.header("X-XSRF-TOKEN", token).build();
    }

    /**
     * The login page with its CSRF token. Vaadin answers with a "building the frontend" page only
     * while it rebuilds a stale development bundle; the committed bundle is current, so this
     * waits at most a minute and then fails saying what it waited for.
     */
    private String loginPage(HttpClient browser) {
        return await("the login page with its CSRF token").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> send(browser, get("/login")).body(), page -> CSRF_META.matcher(page).find());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(url(path)).GET().build();
    }

    private static HttpRequest basic(HttpRequest request, String username, String password) {
        return basic(HttpRequest.newBuilder(request, (name, value) -> true), username, password);
    }

    private static HttpRequest basic(HttpRequest.Builder request, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
