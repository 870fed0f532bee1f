package org.communityjourneys.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The menu entries a user may open, worked out once for each sign-in state, set of roles and
 * language. Vaadin's {@link MenuConfiguration} checks every route's access annotations on each
 * call, looking up a Spring bean per route, and the frame asks on every new page: on the ballot
 * page that was a fifth of a resident's server time outside the password check (docs/benchmarks.md,
 * "Voting through the screens"). Which views a user may open depends only on whether they are
 * signed in and on their roles (every view's access is an annotation; routes are all registered at
 * start-up), so the same key gives the same menu.
 */
@Component
class MenusByRoles {

    private record Key(boolean signedIn, Set<String> authorities, Locale locale) {
    }

    private final Map<Key, List<MenuEntry>> menus = new ConcurrentHashMap<>();

    /** The entries for the current request's user, in menu order. */
    List<MenuEntry> entries(AuthenticationContext authentication, Locale locale) {
        Set<String> authorities = new TreeSet<>();
        for (GrantedAuthority authority : authentication.getGrantedAuthorities()) {
            authorities.add(authority.getAuthority());
        }
        Key key = new Key(authentication.isAuthenticated(), Set.copyOf(authorities), locale);
        return menus.computeIfAbsent(key, ignored -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
