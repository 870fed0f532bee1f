package org.communityjourneys.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.communityjourneys.identity.domain.Role;

/**
 * What anyone sees at an address that does not exist or is not open to them. Vaadin sends a
 * signed-in person whose role may not open a page here too, so the page never says which of the
 * two it is (an address does not reveal that a screen exists); it says who is signed in and where
 * to go instead, in place of the framework's technical message.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends Main implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    private final AuthenticationContext authentication;

    public PageNotFoundView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("page");
        setId("page-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("notFound.heading")),
                new Paragraph(getTranslation("notFound.address", "/" + event.getLocation().getPath())));
        authentication.getPrincipalName().ifPresentOrElse(
                name -> add(new Paragraph(getTranslation("notFound.loggedIn", name, getTranslation(whoGivesRoles())))),
                () -> add(new Paragraph(new Anchor("login", getTranslation("notFound.logIn")), new Text(
                        getTranslation("notFound.ifAccount")))));
        add(new Paragraph(new Anchor("", getTranslation("notFound.home")), new Text(getTranslation("notFound.or")),
                new Anchor("wards", getTranslation("notFound.findWard")), new Text(".")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The key of who to ask for a role: a resident asks their facilitator; staff ask whoever manages accounts above them. */
    private String whoGivesRoles() {
        if (authentication.hasRole(Role.Names.ADMIN)) {
            return "notFound.askAnotherAdmin";
        }
        if (authentication.hasAnyRole(Role.Names.FACILITATOR, Role.Names.GOVERNANCE, Role.Names.PANEL)) {
            return "notFound.askAdmin";
        }
        return "notFound.askFacilitator";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("notFound.title"));
    }
}
