package org.communityjourneys.workflow.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests to Camunda's REST API ({@code /engine-rest}) reach the engine as the person who sent
 * them: their user id and their roles as groups, so the engine's authorization checks apply
 * ({@link EngineAuthorizations}) behind Spring Security's rules. Without this the REST API would
 * call the engine with no one authenticated, which the engine runs as the system.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestCaller {

    @Bean
    FilterRegistrationBean<AsTheCaller> engineRestAsTheCaller(ProcessEngine engine) {
        FilterRegistrationBean<AsTheCaller> registration = new FilterRegistrationBean<>(new AsTheCaller(engine.getIdentityService()));
        registration.setName("engine-rest-as-the-caller");
        registration.addUrlPatterns("/engine-rest/*");
        // after Spring Security (-100), which has authenticated the caller by then
        registration.setOrder(102);
        return registration;
    }

    static class AsTheCaller extends OncePerRequestFilter {

        private final IdentityService identity;

        AsTheCaller(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
                // Spring Security lets no anonymous request through to here; refuse rather than run as the system
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            identity.setAuthentication(caller.getName(), roleGroups(caller));
            try {
                chain.doFilter(request, response);
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    /** Our roles, by the names the engine knows them as groups ({@code ROLE_ADMIN} is ADMIN). */
    static List<String> roleGroups(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name.startsWith("ROLE_")).map(name -> name.substring(5)).toList();
    }
}
