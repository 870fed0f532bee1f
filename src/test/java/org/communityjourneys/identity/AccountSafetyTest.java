// Over 400 lines: every attempt limit and the locked account, each tried over the service and over HTTP.
package org.communityjourneys.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.identity.domain.AgeBand;
import org.communityjourneys.identity.domain.LimitedAction;
import org.communityjourneys.identity.domain.Registration;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.domain.UserAccount;
import org.communityjourneys.identity.domain.UserAccountRepository;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.AttemptLimits;
import org.communityjourneys.identity.service.ResidentRegistration;
import org.communityjourneys.identity.service.TooManyAttempts;
import org.communityjourneys.identity.service.TooManyLoginAttempts;
import org.communityjourneys.identity.service.VerificationCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attempt limits on login, registration and verification codes, and the one-time codes themselves,
 * with small limits so that a few attempts reach them. Real database, real HTTP for the login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "communityjourneys.limits.login.per-account=3",
        "communityjourneys.limits.login.per-address=5",
        "communityjourneys.limits.registration.per-account=2",
        "communityjourneys.limits.registration.per-address=3",
        "communityjourneys.limits.verification-code.per-account=3",
        "communityjourneys.limits.verification-code.per-address=10"})
@ActiveProfiles("test")
class AccountSafetyTest {

    private static final String PASSWORD = "a long password";
    private static final String COLLEGE = "E05009450";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    AuthenticationProvider login;
    @Autowired
    AttemptLimits limits;
    @Autowired
    AccountService accountService;
    @Autowired
    ResidentRegistration registration;
    @Autowired
    VerificationCodes codes;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String unique(String what) {
        return what + "-" + UUID.randomUUID() + "@example.org";
    }

    private static String randomAddress() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private UserAccount staff(Role role) {
        // plain letters and digits: the Camunda engine accepts no other user ids
        return accountService.ensureAccount(role.name().toLowerCase() + UUID.randomUUID().toString().replace("-", ""), "Test " + role.label(), PASSWORD,
                EnumSet.of(role), null, false);
    }

    private UserAccount resident() {
        return registration.register(new Registration("Sam Resident", unique("resident"), PASSWORD, "HR1 1BJ", null,
                AgeBand.AGE_45_64, true));
    }

    private static void signIn(UserAccount account) {
        List<SimpleGrantedAuthority> roles = account.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(account.getUsername(), null, roles));
    }

    private Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return login.authenticate(token);
    }

    /** Moves every counted attempt back in time, as if that much time had passed. */
    private void timePasses(Duration duration) {
        jdbc.update("update limited_attempt set attempted_at = attempted_at - make_interval(secs => ?)", (double) duration.getSeconds());
    }

    // ---- login ------------------------------------------------------------------------------

    @Test
    void anAccountIsLockedAfterTooManyFailedLoginsWithAPlainMessageAndTheRightPasswordWaits() {
        UserAccount account = staff(Role.FACILITATOR);
        String address = randomAddress();
        assertThatThrownBy(() -> attempt(account.getUsername(), "wrong", address)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(account.getUsername(), "wrong", address)).isInstanceOf(BadCredentialsException.class);
        // the third failure reaches the limit: the answer already says so
        assertThatThrownBy(() -> attempt(account.getUsername(), "wrong", address))
                .isInstanceOf(TooManyLoginAttempts.class)
                .hasMessage("Too many attempts. Try again in 15 minutes.");
        // even the right password, from another address, is refused now
        assertThatThrownBy(() -> attempt(account.getUsername().toUpperCase(), PASSWORD, randomAddress()))
                .isInstanceOf(TooManyLoginAttempts.class)
                .hasMessageStartingWith("Too many attempts. Try again in ");
        // other accounts from the same address are fine
        UserAccount other = staff(Role.PANEL);
        assertThat(attempt(other.getUsername(), PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void aLockedAccountMayTryAgainOnceTheWindowHasPassed() {
        UserAccount account = staff(Role.FACILITATOR);
        String address = randomAddress();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> attempt(account.getUsername(), "wrong", address));
        }
        assertThatThrownBy(() -> attempt(account.getUsername(), PASSWORD, address)).isInstanceOf(TooManyLoginAttempts.class);

        timePasses(Duration.ofMinutes(10));
        assertThatThrownBy(() -> attempt(account.getUsername(), PASSWORD, address))
                .isInstanceOf(TooManyLoginAttempts.class).hasMessage("Too many attempts. Try again in 5 minutes.");

        timePasses(Duration.ofMinutes(6));
        assertThat(attempt(account.getUsername(), PASSWORD, address).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        UserAccount account = staff(Role.FACILITATOR);
        String address = randomAddress();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> attempt(account.getUsername(), "wrong", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt(account.getUsername(), PASSWORD, address).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> attempt(account.getUsername(), "wrong", randomAddress())).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(account.getUsername(), "wrong", randomAddress())).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anAddressIsBlockedAfterTooManyFailuresAcrossAccounts() {
        String address = randomAddress();
        for (int i = 0; i < 4; i++) {
            String someone = unique("nobody");
            assertThatThrownBy(() -> attempt(someone, "guess", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(unique("nobody"), "guess", address))
                .isInstanceOf(TooManyLoginAttempts.class).hasMessage("Too many attempts. Try again in 15 minutes.");
        UserAccount account = staff(Role.GOVERNANCE);
        assertThatThrownBy(() -> attempt(account.getUsername(), PASSWORD, address)).isInstanceOf(TooManyLoginAttempts.class);
        assertThat(attempt(account.getUsername(), PASSWORD, randomAddress()).isAuthenticated()).isTrue();
    }

    @Test
    void theLimitsKeepNoEmailOrAddressInTheClear() {
        String address = randomAddress();
        String email = unique("private");
        assertThatThrownBy(() -> attempt(email, "guess", address));
        List<String> subjects = jdbc.queryForList("select subject_hash from limited_attempt", String.class);
        assertThat(subjects).isNotEmpty().allSatisfy(subject -> assertThat(subject).matches("[0-9a-f]{64}"));
        assertThat(String.join(" ", subjects)).doesNotContain(email).doesNotContain(address);
    }

    @Test
    void overHttpALockedAccountIsRefusedOnTheLoginPageAndTheEngineApi() throws Exception {
        // the engine's REST API is for administrators (read-only): the door a locked administrator would use
        UserAccount account = staff(Role.ADMIN);
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        // tests give the engine a unique name, so the engine is named in the path
        String taskList = "/engine-rest/engine/" + engine.getName() + "/task";
        HttpRequest rightPassword = basic(taskList, account.getUsername(), PASSWORD);
        assertThat(anonymous.send(rightPassword, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(anonymous.send(basic(taskList, account.getUsername(), "wrong"), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
        }
        assertThat(anonymous.send(rightPassword, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = loginPage(browser);
        Matcher token = CSRF_META.matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(account.getUsername()) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    // ---- registration -----------------------------------------------------------------------

    @Test
    void registrationsAreLimitedPerAddress() {
        String address = randomAddress();
        for (int i = 0; i < 3; i++) {
            registration.register(form(unique("neighbour")), address);
        }
        String refused = unique("neighbour");
        assertThatThrownBy(() -> registration.register(form(refused), address))
                .isInstanceOf(TooManyAttempts.class).hasMessage("Too many attempts. Try again in 60 minutes.");
        assertThat(accounts.existsByUsername(refused)).isFalse();
        registration.register(form(refused), randomAddress());
        assertThat(accounts.existsByUsername(refused)).isTrue();
    }

    @Test
    void probingAnEmailAddressThatHasAnAccountIsLimitedPerEmail() {
        String email = unique("taken");
        registration.register(form(email), randomAddress());
        assertThatThrownBy(() -> registration.register(form(email), randomAddress()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already an account");
        assertThatThrownBy(() -> registration.register(form(email), randomAddress()))
                .isInstanceOf(TooManyAttempts.class).hasMessageStartingWith("Too many attempts.");
    }

    @Test
    void formMistakesDoNotCountAgainstTheLimit() {
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> registration.register(new Registration("", "nope", "x", "", null, null, false), address))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        registration.register(form(unique("careful")), address);
    }

    private static Registration form(String email) {
        return new Registration("Alex Example", email, PASSWORD, "HR1 1BJ", null, AgeBand.AGE_25_44, true);
    }

    // ---- verification codes -----------------------------------------------------------------

    @Test
    void aFacilitatorIssuesACodeAndTheResidentBecomesVerifiedWithIt() {
        UserAccount resident = resident();
        UserAccount facilitator = staff(Role.FACILITATOR);
        signIn(facilitator);
        VerificationCodes.IssuedCode issued = codes.issue(resident.getId());

        assertThat(issued.code()).matches("[" + VerificationCodes.ALPHABET + "]{4}-[" + VerificationCodes.ALPHABET + "]{4}");
        assertThat(issued.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(14)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(14)));
        String stored = jdbc.queryForObject("select code_hash from verification_code where account_id = ?", String.class, resident.getId());
        assertThat(stored).doesNotContain(issued.code().replace("-", ""));
        assertThat(codes.pendingCodeExpiry(resident.getId())).isPresent();

        signIn(resident);
        codes.redeem(" " + issued.code().toLowerCase().replace("-", " ") + " ", randomAddress());

        UserAccount verified = accounts.findById(resident.getId()).orElseThrow();
        assertThat(verified.isVerified()).isTrue();
        assertThat(verified.getVerifiedBy()).isEqualTo(facilitator.getUsername());
        assertThat(verified.getWardCode()).isEqualTo(COLLEGE);
        assertThat(codes.pendingCodeExpiry(resident.getId())).isEmpty();
        assertThat(audit.about("account", resident.getId().toString()))
                .extracting(entry -> entry.getAction())
                .contains("resident.code.issued", "resident.verified");
        // used once: it cannot be used again
        assertThatThrownBy(() -> codes.redeem(issued.code(), randomAddress()))
                .isInstanceOf(IllegalStateException.class).hasMessage("Your ward is already verified.");
    }

    @Test
    void wrongCodesAreRefusedAndCountAgainstTheLimit() {
        UserAccount resident = resident();
        signIn(staff(Role.FACILITATOR));
        VerificationCodes.IssuedCode issued = codes.issue(resident.getId());
        signIn(resident);
        String address = randomAddress();
        String wrong = issued.code().startsWith("A") ? "BBBB-BBBB" : "AAAA-AAAA";

        assertThatThrownBy(() -> codes.redeem(wrong, address))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("That code is not right");
        assertThatThrownBy(() -> codes.redeem("short", address))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("That code is not right");
        assertThatThrownBy(() -> codes.redeem("", address))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Please enter the code a facilitator gave you.");
        assertThatThrownBy(() -> codes.redeem(wrong, address))
                .isInstanceOf(TooManyAttempts.class).hasMessage("Too many attempts. Try again in 15 minutes.");
        // now even the right code waits
        assertThatThrownBy(() -> codes.redeem(issued.code(), address)).isInstanceOf(TooManyAttempts.class);
        assertThat(accounts.findById(resident.getId()).orElseThrow().isVerified()).isFalse();

        jdbc.update("update limited_attempt set attempted_at = attempted_at - interval '16 minutes' where action = ?",
                LimitedAction.VERIFICATION_CODE.name());
        codes.redeem(issued.code(), address);
        assertThat(accounts.findById(resident.getId()).orElseThrow().isVerified()).isTrue();
    }

    @Test
    void anExpiredCodeIsRefused() {
        UserAccount resident = resident();
        signIn(staff(Role.FACILITATOR));
        VerificationCodes.IssuedCode issued = codes.issue(resident.getId());
        jdbc.update("update verification_code set expires_at = now() - interval '1 minute' where account_id = ?", resident.getId());
        signIn(resident);

        assertThatThrownBy(() -> codes.redeem(issued.code(), randomAddress()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("That code has expired. Ask a facilitator for a new one.");
        assertThat(accounts.findById(resident.getId()).orElseThrow().isVerified()).isFalse();
        assertThat(codes.pendingCodeExpiry(resident.getId())).isEmpty();
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        UserAccount resident = resident();
        signIn(staff(Role.FACILITATOR));
        VerificationCodes.IssuedCode first = codes.issue(resident.getId());
        VerificationCodes.IssuedCode second = codes.issue(resident.getId());
        assertThat(jdbc.queryForObject("select count(*) from verification_code where account_id = ?", Integer.class,
                resident.getId())).isEqualTo(1);
        signIn(resident);

        if (!first.code().equals(second.code())) {
            assertThatThrownBy(() -> codes.redeem(first.code(), randomAddress()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a newer code has replaced it");
        }
        codes.redeem(second.code(), randomAddress());
        assertThat(accounts.findById(resident.getId()).orElseThrow().isVerified()).isTrue();
    }

    @Test
    void onlyOfficersIssueCodesAndOnlyForUnverifiedResidents() {
        UserAccount resident = resident();
        signIn(resident);
        assertThatThrownBy(() -> codes.issue(resident.getId())).hasMessageContaining("roles");

        UserAccount admin = staff(Role.ADMIN);
        signIn(admin);
        assertThat(codes.issue(resident.getId()).code()).hasSize(9);
        assertThatThrownBy(() -> codes.issue(staff(Role.PANEL).getId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Codes are only for residents.");
        assertThatThrownBy(() -> codes.issue(UUID.randomUUID())).hasMessage("No such resident.");

        registration.verifyInPerson(resident.getId(), "Met at the community hub");
        assertThatThrownBy(() -> codes.issue(resident.getId()))
                .isInstanceOf(IllegalStateException.class).hasMessage("Sam Resident is already verified.");
    }

    // ---- HTTP helpers -----------------------------------------------------------------------

    /**
     * The login page with its CSRF token. Vaadin answers with a "building the frontend" page only
     * while it rebuilds a stale development bundle; the committed bundle is current, so this
     * waits at most a minute and then fails saying what it saw.
     */
    private String loginPage(HttpClient browser) {
        return await("the login page with its CSRF token").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> browser.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body(), page -> CSRF_META.matcher(page).find());
    }

    private HttpRequest basic(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + credentials).GET().build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
