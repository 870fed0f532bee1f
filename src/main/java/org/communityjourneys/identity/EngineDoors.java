package org.communityjourneys.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The request shapes of the engine's doors: Camunda's REST API ({@code /engine-rest}) and the
 * Camunda webapp ({@code /camunda}: Cockpit, Admin, Tasklist and the engine API they call under
 * {@code /camunda/api/engine}). Everything that is not named here as a read, a query or an
 * administrator's retry is refused; docs/security.md explains each list.
 */
final class EngineDoors {

    /** The webapp's copy of the engine API, for one named engine. */
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/*";

    /**
     * The engine API's POST endpoints that only query (a filter in the body instead of the query
     * string), from the JAX-RS resources of camunda-engine-rest-core 7.24. Cockpit uses several of
     * them for its read views. The POSTs that look alike but change state
     * ({@code process-instance/delete}, {@code task/create}, {@code history/cleanup},
     * {@code decision-definition/.../evaluate}, {@code migration/...}, {@code filter/...}) are not here.
     */
    static final List<String> ENGINE_QUERIES = List.of(
            "activity-instance", "activity-instance/count",
            "execution", "execution/count",
            "external-task", "external-task/count",
            "external-task-log", "external-task-log/count",
            "job", "job/count",
            "job-definition", "job-definition/count",
            "job-log", "job-log/count",
            "process-instance", "process-instance/count",
            "task", "task/count",
            "variable-instance", "variable-instance/count",
            "case-execution", "case-execution/count",
            "case-instance", "case-instance/count",
            "history/activity-instance", "history/activity-instance/count",
            "history/case-instance", "history/case-instance/count",
            "history/detail",
            "history/external-task-log", "history/external-task-log/count",
            "history/job-log", "history/job-log/count",
            "history/process-instance", "history/process-instance/count",
            "history/task", "history/task/count",
            "history/variable-instance", "history/variable-instance/count");

    /** Cockpit's own plugin endpoints that take a query body (camunda-webapp 7.24, base plugin). */
    static final List<String> COCKPIT_QUERIES = List.of(
            "incident", "incident/count",
            "process-instance", "process-instance/count",
            "process-instance/*/called-process-instances",
            "process-definition/*/called-process-definitions");

    /** 403 with a sentence, so that a refusal by these rules is told apart from the webapp's CSRF 403. */
    static final AccessDeniedHandler REFUSAL = new Refusal();

    private EngineDoors() {
    }

    /** GET and HEAD: reading, on whichever door the chain guards. */
    static RequestMatcher reads() {
        return new OrRequestMatcher(matcher(HttpMethod.GET, "/**"), matcher(HttpMethod.HEAD, "/**"));
    }

    /** POSTs through the webapp that only query: the engine's and Cockpit's. */
    static RequestMatcher webappQueries() {
        List<RequestMatcher> queries = new ArrayList<>();
        for (String query : ENGINE_QUERIES) {
            queries.add(matcher(HttpMethod.POST, WEBAPP_ENGINE + "/" + query));
        }
        for (String query : COCKPIT_QUERIES) {
            queries.add(matcher(HttpMethod.POST, "/camunda/api/cockpit/plugin/base/*/" + query));
        }
        return new OrRequestMatcher(queries);
    }

    /**
     * The only writes through the webapp, for administrators resolving a failed-job incident:
     * give one job, or a batch of jobs, new retries. The engine checks RETRY_JOB as well.
     */
    static RequestMatcher webappWritesForAdministrators() {
        return new OrRequestMatcher(
                matcher(HttpMethod.PUT, WEBAPP_ENGINE + "/job/*/retries"),
                matcher(HttpMethod.POST, WEBAPP_ENGINE + "/job/retries"));
    }

    /** The Admin app and its plugins' reads: administrators only. */
    static RequestMatcher webappAdministration() {
        return new OrRequestMatcher(
                matcher(HttpMethod.GET, "/camunda/app/admin/**"),
                matcher(HttpMethod.GET, "/camunda/api/admin/plugin/**"));
    }

    /** Signing out of the webapp (our login signs the user in again on the next request). */
    static RequestMatcher webappLogout() {
        return matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");
    }

    /**
     * Refused for everyone, whatever the method: Tasklist (the product has its own task list,
     * which checks roles and records who did what), the webapp's own password login (people sign
     * in through ours) and its "create the first administrator" set-up.
     */
    static RequestMatcher refusedInTheWebapp() {
        return new OrRequestMatcher(
                path("/camunda/app/tasklist/**"),
                path("/camunda/api/tasklist/**"),
                path("/camunda/api/admin/setup/**"),
                path("/camunda/api/admin/auth/user/*/login/**"));
    }

    private static RequestMatcher matcher(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static final class Refusal implements AccessDeniedHandler {

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"Refused by Community Journeys: the engine is changed only "
                    + "through the product's own screens.\"}");
        }
    }
}
