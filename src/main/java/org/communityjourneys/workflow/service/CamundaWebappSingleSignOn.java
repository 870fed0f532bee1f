package org.communityjourneys.workflow.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs the user of our own login into Cockpit and Admin: no second password, and no anonymous
 * access (Spring Security lets only governance leads and administrators reach {@code /camunda/**}).
 * Roles become Camunda groups, and the engine's authorization checks apply to them (see
 * {@link EngineAuthorizations}). Nobody is placed in camunda-admin, which would pass every check:
 * administrators get the Admin app with read grants only.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new SingleSignOnFilter());
        registration.setName("camunda-sso");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUser.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }

    /**
     * Builds the webapp session from the roles alone. Our users live in our own tables, not in
     * Camunda's identity service, which the default filter would look them up in.
     */
    static class SingleSignOnFilter extends ContainerBasedAuthenticationFilter {

        @Override
        protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
                List<String> tenants) {
            UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
            authentication.setGroupIds(groups == null ? List.of() : groups);
            authentication.setTenantIds(tenants == null ? List.of() : tenants);
            // no Tasklist: the product has its own task list (and Spring Security refuses /camunda/app/tasklist)
            Set<String> apps = new HashSet<>(Set.of("cockpit", "welcome"));
            if (groups != null && groups.contains(EngineAuthorizations.ADMIN)) {
                apps.add("admin");
            }
            authentication.setAuthorizedApps(apps);
            return authentication;
        }
    }

    /** Reads the user Spring Security has already authenticated for this request. */
    public static class SpringSecurityUser implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
            List<String> groups = new ArrayList<>();
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                String name = authority.getAuthority();
                if (name.startsWith("ROLE_")) {
                    groups.add(name.substring(5));
                }
            }
            result.setGroups(groups);
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security already redirects unauthenticated requests to /login.
        }
    }
}
