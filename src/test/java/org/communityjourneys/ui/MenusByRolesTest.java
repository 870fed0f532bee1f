package org.communityjourneys.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.communityjourneys.identity.ui.AccountView;
import org.communityjourneys.identity.ui.ResidentsView;
import org.communityjourneys.journey.ui.JourneysView;
import org.communityjourneys.journey.ui.LaunchJourneyView;
import org.communityjourneys.notifications.service.Notifications;
import org.communityjourneys.studio.ui.ModelLibraryView;
import org.communityjourneys.support.SpringMockVaadin;
import org.communityjourneys.tasks.ui.TasksView;
import org.communityjourneys.wards.ui.WardsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The menu kept per set of roles ({@link MenusByRoles}) is each role's own: one instance answers a
 * resident, a governance lead, a facilitator and someone not signed in, one after the other, and
 * each gets what Vaadin works out afresh for them and nothing of the others'.
 */
@SpringBootTest
@ActiveProfiles("test")
class MenusByRolesTest {

    private static final Set<Class<? extends Component>> VIEWS = Set.of(HomeView.class, WardsView.class, JourneysView.class,
            TasksView.class, AccountView.class, ResidentsView.class, LaunchJourneyView.class, ModelLibraryView.class);

    @Autowired
    ApplicationContext context;

    @Autowired
    MenusByRoles menus;

    @AfterEach
    void tearDown() {
        SpringMockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the given user (null: nobody), builds the frame and returns its menu's paths. */
    private List<String> menuOf(Authentication user) {
        return menuOf(user, VIEWS);
    }

    /** As {@link #menuOf(Authentication)}, in a Vaadin that knows only the given views. */
    private List<String> menuOf(Authentication user, Set<Class<? extends Component>> views) {
        SpringMockVaadin.tearDown();
        SecurityContextHolder.getContext().setAuthentication(user);
        SpringMockVaadin.setUpWithAccessControl(context, views, Set.of());
        MainLayout layout = new MainLayout(context.getBean(AuthenticationContext.class), context.getBean(Notifications.class), menus);
        UI.getCurrent().add(layout);
        List<String> shown = _find(layout, SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        // what Vaadin itself works out for this user now, without the kept menus
        List<String> fresh = MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path).map(MenusByRolesTest::relative).toList();
        assertThat(shown).as("the kept menu is the one Vaadin works out for this user").isEqualTo(fresh);
        return shown;
    }

    private static String relative(String path) {
        return path.replaceAll("^/+", "");
    }

    private static Authentication user(String name, String... roles) {
        return UsernamePasswordAuthenticationToken.authenticated(name, "n/a",
                AuthorityUtils.createAuthorityList(Arrays.stream(roles).map(role -> "ROLE_" + role).toArray(String[]::new)));
    }

    @Test
    void eachRoleGetsItsOwnMenuFromTheSameKeptMenus() {
        List<String> resident = menuOf(user("resident", "RESIDENT"));
        assertThat(resident).contains("", "wards", "journeys", "tasks", "account")
                .doesNotContain("residents", "journeys/launch", "govern/models");

        List<String> governance = menuOf(user("governance", "GOVERNANCE"));
        assertThat(governance).contains("govern/models", "journeys/launch", "residents");

        List<String> facilitator = menuOf(user("facilitator", "FACILITATOR"));
        assertThat(facilitator).contains("journeys/launch", "residents").doesNotContain("govern/models");

        List<String> nobody = menuOf(null);
        assertThat(nobody).containsExactly("", "wards");

        // asked again after the others, the resident still gets the resident's menu
        assertThat(menuOf(user("another-resident", "RESIDENT"))).isEqualTo(resident);
    }

    @Test
    void menusKeptForOtherRoutesAreNotShown() {
        // a Vaadin that knew only the home page kept nobody's menu as just that page
        assertThat(menuOf(null, Set.of(HomeView.class))).containsExactly("");
        // one that also knows the wards page works it out again (the suite failed here once)
        assertThat(menuOf(null)).containsExactly("", "wards");
    }
}
