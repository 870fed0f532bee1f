package org.communityjourneys.identity.doors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.support.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every door of the product tried by every role and by someone not signed in, against the table in
 * {@link DoorTable}: the screens the running application registered, the endpoints Spring MVC
 * serves, every endpoint of Camunda's engine API on both of its doors, the Camunda webapp's own
 * endpoints, and every service method that changes state. A door the application has and the
 * table does not know fails the test, and so does a row for a door that has gone.
 *
 * <p>The screens are asked of the application's own navigation access control (the check Vaadin
 * runs before it builds a screen) and, for visitors, over real HTTP. Endpoints go through the
 * application's real security filter chain and controllers (MockMvc on the running context, so a
 * thousand engine endpoints take seconds rather than a thousand password hashes), and a sample is
 * repeated over real HTTP to show the two agree. Service methods are called on the real beans as
 * each role. The holes the security issue listed each have their own probe with rows compared
 * before and after: see {@code docs/security.md}, "Probes".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoleByDoorTest {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    NavigationAccessControl navigationAccess;

    @Autowired
    JourneyService journeys;

    @Autowired
    ManagementService management;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    javax.sql.DataSource dataSource;

    private MockMvc mvc;

    private Journey journey;

    @BeforeEach
    void aRunningJourney() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        journey = Journeys.launchToShowcase(journeys, management, 125_000);
    }

    @Test
    void everyScreenLetsInTheRolesOfItsRowAndNobodyElse() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext()));
        Router router = new Router(registry);
        Set<String> registered = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            String template = route.getTemplate();
            registered.add(template);
            Set<Who> expected = DoorTable.ROUTES.get(template);
            if (expected == null) {
                wrong.add("no row for the screen '" + template + "' (" + route.getNavigationTarget().getSimpleName() + ")");
                continue;
            }
            for (Who who : Who.values()) {
                AccessCheckResult result = navigationAccess.checkAccess(new NavigationContext(router, route.getNavigationTarget(),
                        new Location(template), RouteParameters.empty(), principal(who), role -> hasRole(who, role), false), false);
                boolean allowed = result.decision() == AccessCheckDecision.ALLOW;
                if (allowed != expected.contains(who)) {
                    wrong.add(template + " as " + who + ": " + result.decision() + " (" + result.reason() + ")");
                }
            }
        }
        assertThat(registered).as("rows for screens the application no longer has").containsAll(DoorTable.ROUTES.keySet());
        assertThat(wrong).as("screens whose door does not match the table").isEmpty();
    }

    @Test
    void visitorsAreSentToTheLoginPageForEveryScreenThatIsNotForEveryoneOverRealHttp() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Who>> row : DoorTable.ROUTES.entrySet()) {
            String path = "/" + screenPath(row.getKey());
            HttpResponse<String> response = visitor.send(HttpRequest.newBuilder(url(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean sentToLogin = response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login");
            boolean expectedOpen = row.getValue().contains(Who.ANONYMOUS);
            if (expectedOpen == sentToLogin || (expectedOpen && response.statusCode() >= 500)) {
                wrong.add(path + ": " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
            }
        }
        assertThat(wrong).as("screens whose door answers a visitor wrongly").isEmpty();
    }

    @Test
    void everyEndpointLetsInTheRolesOfItsRowAndNobodyElse() throws Exception {
        RequestMappingHandlerMapping mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> served = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    String door = method + " " + pattern;
                    served.add(door);
                    Set<Who> expected = DoorTable.ENDPOINTS.get(door);
                    if (expected == null) {
                        wrong.add("no row for the endpoint '" + door + "'");
                        continue;
                    }
                    for (Who who : Who.values()) {
                        MockHttpServletResponse response = knock(who, method, endpointPath(pattern), "{\"ideas\": []}");
                        if (refused(response) == expected.contains(who)) {
                            wrong.add(door + " as " + who + ": " + describe(response));
                        }
                    }
                }
            }
        }
        assertThat(served).as("rows for endpoints the application no longer serves").containsAll(DoorTable.ENDPOINTS.keySet());
        assertThat(wrong).as("endpoints whose door does not match the table").isEmpty();
    }

    @Test
    void everyEngineApiEndpointOnBothDoorsFollowsTheEngineRules() throws Exception {
        List<EngineApiEndpoints.Endpoint> endpoints = EngineApiEndpoints.all();
        assertThat(endpoints).as("the engine API's endpoints, read from Camunda's resources").hasSizeGreaterThan(300);
        List<String> wrong = new ArrayList<>();
        for (EngineApiEndpoints.Endpoint endpoint : endpoints) {
            for (Who who : Who.values()) {
                MockHttpServletResponse rest = knock(who, endpoint.method(), "/engine-rest" + endpoint.path(), "{}");
                if (refused(rest) == DoorTable.engineRest(endpoint).contains(who)) {
                    wrong.add("/engine-rest " + endpoint + " as " + who + ": " + describe(rest));
                }
                if (endpoint.path().startsWith("/engine/")) {
                    MockHttpServletResponse webapp = knock(who, endpoint.method(), "/camunda/api/engine" + endpoint.path(), "{}");
                    if (refused(webapp) == DoorTable.webappEngine(endpoint).contains(who)) {
                        wrong.add("/camunda/api/engine " + endpoint + " as " + who + ": " + describe(webapp));
                    }
                }
            }
        }
        assertThat(wrong).as("engine endpoints whose door does not match the rules").isEmpty();
    }

    @Test
    void theCamundaWebappsOwnEndpointsLetInTheRolesOfTheirRows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Who>> row : DoorTable.WEBAPP.entrySet()) {
            String[] door = row.getKey().split(" ", 2);
            for (Who who : Who.values()) {
                MockHttpServletResponse response = knock(who, door[0], door[1], "{}");
                if (refused(response) == row.getValue().contains(who)) {
                    wrong.add(row.getKey() + " as " + who + ": " + describe(response));
                }
            }
        }
        assertThat(wrong).as("webapp endpoints whose door does not match the table").isEmpty();
    }

    /** The in-process knocks above and the real server give the same answer, password and all. */
    @Test
    void realHttpWithRealPasswordsGivesTheSameAnswers() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String instance = "/engine-rest/process-instance/" + journey.getProcessInstanceId();
        Map<String, String> doors = new TreeMap<>(Map.of(
                "GET " + instance, "",
                "DELETE " + instance, "",
                "POST /engine-rest/process-instance/count", "{}",
                "POST /api/login", "",
                "GET /api/journeys/" + journey.getId(), ""));
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, String> door : doors.entrySet()) {
            String[] parts = door.getKey().split(" ", 2);
            for (Who who : Who.values()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(url(parts[1])).header("Content-Type", "application/json")
                        .method(parts[0], HttpRequest.BodyPublishers.ofString(door.getValue()));
                who.role().ifPresent(role -> request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((who.demoUsername() + ":journeys").getBytes(StandardCharsets.UTF_8))));
                HttpResponse<String> real = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                boolean realRefused = real.statusCode() == 401 || real.statusCode() == 403
                        || (real.statusCode() == 302 && real.headers().firstValue("Location").orElse("").endsWith("/login"));
                boolean knockRefused = refused(knock(who, parts[0], parts[1], door.getValue()));
                if (realRefused != knockRefused) {
                    differ.add(door.getKey() + " as " + who + ": real " + real.statusCode() + ", in-process refused " + knockRefused);
                }
            }
        }
        assertThat(runningInstances()).as("the journey survived the real DELETEs").isEqualTo(1);
        assertThat(differ).as("doors where real HTTP and the in-process chain disagree").isEmpty();
    }

    @Test
    void everyStateChangingServiceMethodHasARowAndRefusesEveryRoleNotInIt() {
        List<String> wrong = services().sweep();
        assertThat(wrong).as("service methods whose door does not match the table").isEmpty();
    }

    @Test
    void methodsThatAreNoDoorAreCalledByNoScreenAndNoEndpoint() {
        assertThat(services().calledFromScreens()).as("engine-only and internal service methods that a screen or endpoint calls").isEmpty();
    }

    private StateChangingServices services() {
        return new StateChangingServices(context, transactions, dataSource);
    }

    private long runningInstances() {
        return context.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
                .processInstanceId(journey.getProcessInstanceId()).count();
    }

    private MockHttpServletResponse knock(Who who, String method, String path, String body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(path))
                .contentType("application/json").content(body);
        request.with(who.role().isPresent() ? user(who.demoUsername()).roles(who.role().get().name()) : anonymous());
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A door that stayed shut: asked to log in (401, or sent to the login page) or refused (403). */
    private static boolean refused(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        return status == 401 || status == 403 || (status == 302 && location != null && location.endsWith("/login"));
    }

    private static String describe(MockHttpServletResponse response) {
        String body;
        try {
            body = response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException unreadable) {
            body = "";
        }
        return response.getStatus() + (response.getHeader("Location") == null ? "" : " -> " + response.getHeader("Location"))
                + (body.isBlank() ? "" : " " + body.substring(0, Math.min(160, body.length())));
    }

    private String screenPath(String template) {
        return template.replace(":journeyId", journey.getId().toString())
                .replace(":wardCode", Journeys.WARD)
                .replace(":kind(process|decision|form)/:key", "process/community-journey")
                .replaceAll(":[A-Za-z]+", UUID.nameUUIDFromBytes(template.getBytes(StandardCharsets.UTF_8)).toString());
    }

    private String endpointPath(String pattern) {
        return pattern.replace("{id}", journey.getId().toString()).replace("{journeyId}", journey.getId().toString())
                .replace("{code}", "DOORPROBE");
    }

    private ServletContext servletContext() {
        return context.getServletContext();
    }

    private static java.security.Principal principal(Who who) {
        return who.role().map(role -> (java.security.Principal) new UsernamePasswordAuthenticationToken(who.demoUsername(), null,
                List.of(new SimpleGrantedAuthority(role.authority())))).orElse(null);
    }

    private static boolean hasRole(Who who, String role) {
        return who.role().map(mine -> mine.name().equals(role)).orElse(false);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
