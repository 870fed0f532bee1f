package org.communityjourneys.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security chains over real HTTP: Camunda's REST API answers officers only, and Cockpit only
 * governance leads and administrators signed in through our own login.
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

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String facilitatorTaskId;

    @BeforeEach
    void aJourneyWithAFacilitatorTask() {
        Journey journey = Journeys.launchToShowcase(journeys, management, 250_000);
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
        String script = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"x\"><process id=\"sneaky\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "<scriptTask id=\"t\" scriptFormat=\"javascript\"><script>1</script></scriptTask></process></definitions>";
        String boundary = "cj-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsneaky\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"sneaky.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + script + "\r\n--" + boundary + "--\r\n";
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
    void facilitatorsSeeTheirTasksThroughTheEngineApi() throws Exception {
        // tests give the engine a unique name, so the engine is named in the path
        String taskList = "/engine-rest/engine/" + engine.getName() + "/task?candidateGroup=FACILITATOR";
        HttpResponse<String> response = send(anonymous, basic(get(taskList), "facilitator", PASSWORD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(facilitatorTaskId);
    }

    @Test
    void cockpitSendsAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> response = send(anonymous, get("/camunda/app/cockpit/"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void residentsCannotOpenCockpit() throws Exception {
        HttpClient resident = loggedIn("resident");

        assertThat(send(resident, get("/camunda/app/cockpit/")).statusCode()).isEqualTo(403);
        assertThat(send(resident, get("/camunda/api/engine/engine/")).statusCode()).isEqualTo(403);
    }

    @Test
    void governanceLeadsOpenCockpitWithTheirOwnLogin() throws Exception {
        HttpClient governance = loggedIn("governance");
        HttpResponse<String> toEngine = send(governance, get("/camunda/app/cockpit/"));
        assertThat(toEngine.statusCode()).isEqualTo(302);
        String engineCockpit = URI.create(toEngine.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(engineCockpit).startsWith("/camunda/app/cockpit/");

        HttpResponse<String> cockpit = send(governance, get(engineCockpit));
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");
    }

    /** Logs in through the login page, as a browser would: session cookie plus CSRF token. */
    private HttpClient loggedIn(String username) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
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
        return browser;
    }

    /**
     * The login page. In development mode Vaadin first answers with a "building the frontend"
     * page while it rebuilds a development bundle that no longer matches the frontend sources.
     */
    private String loginPage(HttpClient browser) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        String page = send(browser, get("/login")).body();
        while (!CSRF_META.matcher(page).find() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(2000);
            page = send(browser, get("/login")).body();
        }
        return page;
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
