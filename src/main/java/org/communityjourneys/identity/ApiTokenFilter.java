package org.communityjourneys.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.communityjourneys.identity.service.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs the request in from {@code Authorization: Bearer <token>} (see {@link ApiTokens}); a
 * token that is wrong or expired gets 401 with a JSON message. Requests without a bearer token
 * pass on untouched (to HTTP Basic). The person signed in carries the roles their account holds
 * now, and a token of an account since disabled or deleted is refused. Used only in the ballot
 * API's filter chain.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserDetailsService accounts;

    ApiTokenFilter(ApiTokens tokens, UserDetailsService accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> person = tokens.usernameOf(header.substring(BEARER.length())).flatMap(this::account);
        if (person.isPresent() && !person.get().isEnabled()) {
            response.setStatus(403);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"This account has been switched off.\"}");
            return;
        }
        if (person.isEmpty()) {
            response.setStatus(401);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"Your sign-in has expired or is not valid: log in again.\"}");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.get().getUsername(), null,
                person.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<UserDetails> account(String username) {
        try {
            return Optional.of(accounts.loadUserByUsername(username));
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
