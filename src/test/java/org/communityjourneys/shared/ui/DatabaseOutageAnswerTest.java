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
        assertThat(response.getContentAsString()).isEqualTo(DatabaseOutageAnswer.MESSAGE);
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
