package org.communityjourneys.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.communityjourneys.identity.service.AccountService;
import org.communityjourneys.identity.service.ApiTokens;
import org.communityjourneys.identity.service.TokenSignIn;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private final AccountService accounts;

    ApiTokenFilter(ApiTokens tokens, AccountService accounts) {
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
        Optional<TokenSignIn> person = tokens.usernameOf(header.substring(BEARER.length())).flatMap(accounts::tokenSignIn);
        if (person.isPresent() && !person.get().enabled()) {
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
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                person.get().username(), null,
                person.get().roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        // what was read for this sign-in answers the ballot's eligibility check (AccountService.voterProfile)
        signedIn.setDetails(person.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
