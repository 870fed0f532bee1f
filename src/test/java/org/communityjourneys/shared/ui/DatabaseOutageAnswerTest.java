package org.communityjourneys.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The answer while the database is unreachable: a cut connection (SQL state 08006) or a server
 * shutting down (57P01) gives 503 with a plain message, JSON on the API; any other failure goes on
 * as it was. (scripts/cluster.sh restarts a real PostgreSQL under load and prints these answers.)
 */
class DatabaseOutageAnswerTest {

    private final DatabaseOutageAnswer filter = new DatabaseOutageAnswer();

    @Test
    void aCutConnectionOnTheApiIsA503WithAPlainMessage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/journeys/j/ballots");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("nothing was recorded");
    }

    @Test
    void aServerShuttingDownOnAPageIsA503InPlainText() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/journeys");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new jakarta.servlet.ServletException(new RuntimeException(
                    new SQLException("terminating connection due to administrator command", "57P01")));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        // no language chosen: English and Welsh both
        assertThat(response.getContentAsString()).isEqualTo(DatabaseOutageAnswer.MESSAGE + "\n\n" + WELSH);
    }

    @Test
    void aPageIsAnsweredInTheLanguageTheResidentChose() throws Exception {
        assertThat(answerWithCookie("en-GB")).isEqualTo(DatabaseOutageAnswer.MESSAGE);
        assertThat(answerWithCookie("cy-GB")).isEqualTo(WELSH);
        assertThat(DatabaseOutageAnswer.MESSAGE).isEqualTo("Community Journeys cannot reach its database just now, "
                + "so nothing was recorded. Please try again in a moment.");
    }

    @Test
    void theApiAnswersInEnglishWhateverTheCookie() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/journeys/j/ballots");
        request.setCookies(new jakarta.servlet.http.Cookie(Languages.COOKIE, "cy-GB"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException("no connection", new SQLException("gone", "08006"));
        });
        assertThat(response.getContentAsString()).isEqualTo("{\"error\":\"" + DatabaseOutageAnswer.MESSAGE + "\"}");
    }

    private static final String WELSH = "Ni all Teithiau Cymunedol gyrraedd y gronfa ddata ar hyn o bryd, "
            + "felly ni chofnodwyd dim. Rhowch gynnig arall mewn munud.";

    private String answerWithCookie(String language) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/journeys");
        request.setCookies(new jakarta.servlet.http.Cookie(Languages.COOKIE, language));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new CannotCreateTransactionException("no connection", new SQLException("gone", "08006"));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        return response.getContentAsString();
    }

    @Test
    void otherFailuresAreNotTakenForAnOutage() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/journeys/j/ballots");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(DatabaseOutageAnswer.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void aFailedRollbackOnACutConnectionIsAnOutageToo() {
        // as PostgreSQL's restart showed: the rollback's "Connection is closed" hides the cut connection
        RuntimeException rollback = new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"));
        assertThat(DatabaseOutageAnswer.isOutage(rollback)).isTrue();
        RuntimeException suppressed = new RuntimeException("rollback failed");
        suppressed.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseOutageAnswer.isOutage(suppressed)).isTrue();
    }
}
