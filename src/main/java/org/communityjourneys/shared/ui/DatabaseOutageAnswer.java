package org.communityjourneys.shared.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.communityjourneys.shared.domain.MessageBundles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restarted, failing over, the network gone), every request
 * that needed it gets a plain answer instead of "Internal Server Error": 503 with
 * {@code Retry-After}, saying that nothing was recorded; JSON for the API. Nothing is confirmed,
 * since the change's transaction never committed. The connection pool reconnects by itself when
 * the database is back; no node needs a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseOutageAnswer extends OncePerRequestFilter {

    static final String MESSAGE = MessageBundles.english("outage.message");
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswer.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!isOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unreachable during {} {}: answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(failure));
            answer(request, response);
        }
    }

    /** Answers 503 with the plain message (JSON on the API), for whoever found the database unreachable. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"" + MESSAGE + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(pageMessage(request));
        }
    }

    /**
     * The page's message in the language the resident chose ({@link Languages#COOKIE}), or in English
     * and in Welsh when the request says none. (The API's JSON stays in English, as its other messages do.)
     */
    static String pageMessage(HttpServletRequest request) {
        return chosenLanguage(request).map(locale -> Translations.text(locale, "outage.message"))
                .orElseGet(() -> Translations.text(Languages.ENGLISH, "outage.message") + "\n\n"
                        + Translations.text(Languages.WELSH, "outage.message"));
    }

    /** The language remembered in the request's {@link Languages#COOKIE} cookie, if any. */
    private static java.util.Optional<java.util.Locale> chosenLanguage(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return java.util.Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (Languages.COOKIE.equals(cookie.getName())) {
                return Languages.ofTag(cookie.getValue());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A failure to reach the database: no connection, a connection cut, the server shutting down.
     * Looks through the causes and the suppressed exceptions (a failed rollback on a cut
     * connection hides the cut behind "Connection is closed").
     */
    public static boolean isOutage(Throwable failure) {
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        next.add(failure);
        while (!next.isEmpty()) {
            Throwable cause = next.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof java.net.SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && ((sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                    || "Connection is closed".equals(sql.getMessage()))) {
                return true;
            }
            if (cause.getCause() != null) {
                next.add(cause.getCause());
            }
            next.addAll(java.util.Arrays.asList(cause.getSuppressed()));
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
