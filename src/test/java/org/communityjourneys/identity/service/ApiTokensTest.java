package org.communityjourneys.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** API tokens: they name their account until they expire, and any change to one spoils it. */
class ApiTokensTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-characters";
    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");

    private static ApiTokens at(Instant now) {
        return new ApiTokens(SECRET, Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenNamesItsAccountUntilItExpires() {
        String token = at(NOW).issue("Resident-One");

        assertThat(at(NOW).usernameOf(token)).hasValue("resident-one");
        assertThat(at(NOW.plus(Duration.ofMinutes(29))).usernameOf(token)).hasValue("resident-one");
        assertThat(at(NOW.plus(Duration.ofMinutes(30))).usernameOf(token)).isEmpty();
    }

    @Test
    void aChangedOrForeignTokenIsRefused() {
        String token = at(NOW).issue("resident-one");
        String[] parts = token.split("\\.");
        String otherAccount = at(NOW).issue("resident-two").split("\\.")[0];
        String later = String.valueOf(Long.parseLong(parts[1]) + 3600);

        assertThat(at(NOW).usernameOf(otherAccount + "." + parts[1] + "." + parts[2])).isEmpty();
        assertThat(at(NOW).usernameOf(parts[0] + "." + later + "." + parts[2])).isEmpty();
        assertThat(at(NOW).usernameOf(parts[0] + "." + parts[1])).isEmpty();
        assertThat(at(NOW).usernameOf("not a token")).isEmpty();
        assertThat(at(NOW).usernameOf("a.b.c")).isEmpty();
        assertThat(at(NOW).usernameOf(null)).isEmpty();
        ApiTokens otherKey = new ApiTokens("another-secret-of-at-least-32-characters", Duration.ofMinutes(30),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherKey.usernameOf(token)).isEmpty();
    }

    @Test
    void withoutASecretEachStartHasItsOwnKey() {
        ApiTokens first = new ApiTokens("", Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));
        ApiTokens second = new ApiTokens(null, Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));

        String token = first.issue("resident-one");

        assertThat(first.usernameOf(token)).hasValue("resident-one");
        assertThat(second.usernameOf(token)).isEmpty();
        assertThatThrownBy(() -> new ApiTokens("short", Duration.ofMinutes(30), Clock.systemUTC()))
                .hasMessageContaining("at least 32 characters");
    }
}
