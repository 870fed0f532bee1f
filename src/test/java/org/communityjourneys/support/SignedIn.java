package org.communityjourneys.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of test set-up as a signed-in user, for tests that otherwise run anonymously. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        TestingAuthenticationToken user = new TestingAuthenticationToken(username, null, "ROLE_" + role);
        user.setAuthenticated(true);
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** As {@link #as(String, String, Supplier)}, for an action that answers nothing. */
    public static void as(String username, String role, Runnable action) {
        as(username, role, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T asFacilitator(Supplier<T> action) {
        return as("facilitator", "FACILITATOR", action);
    }
}
