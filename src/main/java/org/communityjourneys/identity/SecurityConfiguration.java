package org.communityjourneys.identity;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.ApiTokens;
import org.communityjourneys.identity.service.AttemptLimits;
import org.communityjourneys.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what, chain by chain (docs/security.md has the threat model behind it):
 * <ol>
 * <li>{@code /engine-rest/**}: Camunda's REST API, HTTP Basic only, no session: read-only (GET)
 * for administrators, refused for every other role. Nothing in the product calls it; models,
 * instances, variables, tasks and jobs change only through the product's own services.</li>
 * <li>{@code /camunda/**}: Cockpit and Admin, for governance leads and administrators, signed in
 * through our own login (single sign-on into the Camunda webapp). Reads only, see
 * {@link EngineDoors}; Tasklist is refused (the product has its own task list).</li>
 * <li>{@code POST /api/journeys/{id}/ballots}: casting a ballot, with a token from {@code POST /api/login}
 * or HTTP Basic, no session.</li>
 * <li>{@code POST /api/login}: HTTP Basic, answers a short-lived API token ({@link ApiTokens}).</li>
 * <li>{@code /api/**}: the open-data API, GET only, for anyone.</li>
 * <li>everything else: the Vaadin UI, with view-level {@code @RolesAllowed} checks.</li>
 * </ol>
 * A view's {@code @RolesAllowed}, {@code @PermitAll} or {@code @AnonymousAllowed} is Vaadin's
 * navigation check, made before the view is built; services check roles themselves
 * ({@code AccessDeniedToRole}). There is no JSR-250 method security: it checked nothing the
 * navigation check had not, and made every view a resident opens a CGLIB proxy, matched against
 * every method of its component hierarchy, about a quarter of a resident's server time on the
 * ballot page outside the password check (docs/benchmarks.md). {@code ArchitectureTests} keeps
 * those annotations on views, layouts and error views only.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    static final String[] CAMUNDA_WEBAPP_ROLES = {"GOVERNANCE", "ADMIN"};

    /** Plain path matching: the app runs several servlets (Vaadin, Camunda REST, Camunda webapp). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Password login for every chain (login page, HTTP Basic), refusing accounts and addresses that
     * failed too often (see {@link LimitedLoginProvider}).
     */
    @Bean
    AuthenticationProvider limitedLoginProvider(AccountService accounts, PasswordEncoder passwordEncoder, AttemptLimits limits) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new LimitedLoginProvider(passwords, limits);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(EngineDoors.reads()).hasRole("ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Community Journeys\"");
                    response.setStatus(401);
                }))
                .exceptionHandling(handling -> handling.accessDeniedHandler(EngineDoors.REFUSAL))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic authentication: no cookie, so no cross-site request forgery
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The Camunda webapp. Spring Security's filters run before the webapp's own ones, so a
     * refusal here is answered before the webapp's CSRF check or the engine are reached.
     */
    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EngineDoors.refusedInTheWebapp()).denyAll()
                        .requestMatchers(EngineDoors.webappWritesForAdministrators()).hasRole("ADMIN")
                        .requestMatchers(EngineDoors.webappAdministration()).hasRole("ADMIN")
                        .requestMatchers(EngineDoors.reads()).hasAnyRole(CAMUNDA_WEBAPP_ROLES)
                        .requestMatchers(EngineDoors.webappQueries()).hasAnyRole(CAMUNDA_WEBAPP_ROLES)
                        .requestMatchers(EngineDoors.webappLogout()).hasAnyRole(CAMUNDA_WEBAPP_ROLES)
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler(EngineDoors.REFUSAL))
                // the Camunda webapp runs its own CSRF prevention filter with its own token
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain openEndpointsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/actuator/health/**"), path("/actuator/health"), path("/actuator/info")))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Casting a ballot over HTTP: the resident's token from {@code POST /api/login} (Bearer) or
     * their password (HTTP Basic) on every request; no session and no cookie, so no CSRF.
     */
    @Bean
    @Order(4)
    SecurityFilterChain ballotApiSecurity(HttpSecurity http, ApiTokens tokens, AccountService accounts) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(org.springframework.http.HttpMethod.POST, "/api/journeys/*/ballots"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, accounts), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiLoginRequired.INSTANCE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Logging in to the HTTP API: HTTP Basic only (a token cannot renew itself), answers a token. */
    @Bean
    @Order(5)
    SecurityFilterChain apiLoginSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(org.springframework.http.HttpMethod.POST, "/api/login"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ApiLoginRequired.INSTANCE))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic authentication: no cookie, so no cross-site request forgery
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** 401 with a JSON message, for the HTTP API. */
    private enum ApiLoginRequired implements org.springframework.security.web.AuthenticationEntryPoint {
        INSTANCE;

        @Override
        public void commence(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException failure) throws java.io.IOException {
            if (org.communityjourneys.shared.ui.DatabaseOutageAnswer.isOutage(failure)) {
                // the password could not be checked, which is not a wrong password
                org.communityjourneys.shared.ui.DatabaseOutageAnswer.answer(request, response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Community Journeys\"");
            response.setStatus(401);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"Log in with your username and password.\"}");
        }
    }

    /** The open-data API: read-only, no login, no session, no personal data. */
    @Bean
    @Order(6)
    SecurityFilterChain openDataSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(org.springframework.http.HttpMethod.GET, "/api/**")).permitAll()
                        .anyRequest().denyAll())
                // answer here: an error dispatch would land in the Vaadin chain and redirect to the login page
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, failure) -> response.setStatus(403))
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(403)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // GET only and no cookies: nothing to forge
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain vaadinSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/journeys/*/ballots.pb", "/error").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
