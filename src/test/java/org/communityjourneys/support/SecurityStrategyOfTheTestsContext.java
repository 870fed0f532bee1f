package org.communityjourneys.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Test classes share Spring contexts, several of them in one JVM. Vaadin's security configuration
 * puts its own {@link SecurityContextHolderStrategy} into Spring Security's static holder when a
 * context starts, so the holder answers for the context started last; {@code @WithMockUser} signs
 * in through the strategy of the test's own context. Before each test this points the static
 * holder back at the test's context, so the services and the test agree on who is signed in.
 * Registered in {@code META-INF/spring.factories}; runs before Spring Security's listener.
 */
public class SecurityStrategyOfTheTestsContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useTheStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useTheStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useTheStrategyOf(testContext);
    }

    private static void useTheStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        // Spring Security's WithSecurityContextTestExecutionListener runs at 10000
        return 9000;
    }
}
