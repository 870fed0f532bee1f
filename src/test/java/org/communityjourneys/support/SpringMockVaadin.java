package org.communityjourneys.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.SpringInstantiator;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu-Testing with views built by Spring: the mock Vaadin service asks the application context
 * for views, so their services are injected as in the running app. No servlet container, no
 * Spring Security filter: tests set the user with {@code @WithMockUser}.
 */
public final class SpringMockVaadin {

    private SpringMockVaadin() {
    }

    @SafeVarargs
    public static void setUp(ApplicationContext context, Class<? extends Component>... views) {
        Routes routes = new Routes(Set.of(views), Set.of(), true);
        MockVaadin.setup(UI::new, new SpringServlet(routes, context));
    }

    /** As {@link #setUp(ApplicationContext, Class[])}, with error views such as the house "not here for you" page. */
    public static void setUp(ApplicationContext context, Set<Class<? extends Component>> views,
            Set<Class<? extends HasErrorParameter<?>>> errorViews) {
        Routes routes = new Routes(views, errorViews, true);
        MockVaadin.setup(UI::new, new SpringServlet(routes, context));
    }

    /**
     * As {@link #setUp(ApplicationContext, Set, Set)}, with the application's own navigation access
     * control in front of every route, as in the running app: a screen whose {@code @RolesAllowed}
     * the signed-in user lacks is never built, and they get the error view instead.
     */
    public static void setUpWithAccessControl(ApplicationContext context, Set<Class<? extends Component>> views,
            Set<Class<? extends HasErrorParameter<?>>> errorViews) {
        setUp(context, views, errorViews);
        // in the running app Spring Security's request wrapper answers who is signed in; here the
        // fake request answers from the test's security context in the same way
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        ServletRequest wrapped = VaadinServletRequest.getCurrent();
        while (wrapped instanceof ServletRequestWrapper wrapper) {
            wrapped = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) wrapped;
        if (user != null && user.isAuthenticated()) {
            request.setUserPrincipalInt(user);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        }
        UI.getCurrent().addBeforeEnterListener(context.getBean(NavigationAccessControl.class));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    private static final class SpringServlet extends MockVaadinServlet {

        private final transient ApplicationContext context;

        SpringServlet(Routes routes, ApplicationContext context) {
            super(routes);
            this.context = context;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
            MockService service = new MockService(this, configuration, UI::new) {
                private Instantiator instantiator;

                @Override
                public Instantiator getInstantiator() {
                    if (instantiator == null) {
                        instantiator = new SpringInstantiator(this, context);
                    }
                    return instantiator;
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }
}
