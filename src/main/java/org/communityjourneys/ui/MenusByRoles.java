package org.communityjourneys.ui;

import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.communityjourneys.identity.domain.Role;
import org.springframework.stereotype.Component;

/**
 * The menu entries a user may open, worked out once for each sign-in state, set of roles and
 * language. Vaadin's {@link MenuConfiguration} checks every route's access annotations on each
 * call, looking up a Spring bean per route, and the frame asks on every new page: on the ballot
 * page that was a fifth of a resident's server time outside the password check (docs/benchmarks.md,
 * "Voting through the screens"). Vaadin's check reads only what the request says (a principal or
 * none; whether the user is in each role) and every view's access is an annotation, so the key is
 * exactly that, read from the same request.
 * <p>
 * The kept menus belong to the routes they were worked out from: they live in the Vaadin context
 * beside its route registry and are forgotten when a route is added or removed (development
 * reloads; tests that start a Vaadin with other views).
 */
@Component
class MenusByRoles {

    private record Key(boolean signedIn, Set<Role> roles, Locale locale) {
    }

    /** The menus kept for one Vaadin context's routes. */
    private static final class KeptMenus {
        private final Map<Key, List<MenuEntry>> byKey = new ConcurrentHashMap<>();
    }

    /** The entries for the current request's user, in menu order. */
    List<MenuEntry> entries(Locale locale) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinService service = VaadinService.getCurrent();
        if (request == null || service == null) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        Key key = new Key(request.getUserPrincipal() != null, Set.copyOf(roles), locale);
        return kept(service.getContext()).byKey.computeIfAbsent(key, ignored -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static KeptMenus kept(VaadinContext context) {
        return context.getAttribute(KeptMenus.class, () -> {
            KeptMenus kept = new KeptMenus();
            ApplicationRouteRegistry.getInstance(context).addRoutesChangeListener(change -> kept.byKey.clear());
            return kept;
        });
    }
}
