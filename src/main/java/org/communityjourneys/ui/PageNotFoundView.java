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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Page not found | Community Journeys")
@AnonymousAllowed
public class PageNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private final AuthenticationContext authentication;

    public PageNotFoundView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("page");
        setId("page-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1("This page is not here for you"),
                new Paragraph("The address /" + event.getLocation().getPath()
                        + " does not lead to a page, or the page is for people with another role."));
        authentication.getPrincipalName().ifPresentOrElse(
                name -> add(new Paragraph("You are logged in as " + name + ". If you should see this page, "
                        + whoGivesRoles() + " to give your account the right role.")),
                () -> add(new Paragraph(new Anchor("login", "Log in"), new Text(
                        " if you have an account: some pages are only for residents, facilitators, panel members or the governance lead."))));
        add(new Paragraph(new Anchor("", "Go to the home page"), new Text(" or "),
                new Anchor("wards", "find your ward"), new Text(".")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Who to ask for a role: a resident asks their facilitator; staff ask whoever manages accounts above them. */
    private String whoGivesRoles() {
        if (authentication.hasRole(Role.Names.ADMIN)) {
            return "ask another administrator";
        }
        if (authentication.hasAnyRole(Role.Names.FACILITATOR, Role.Names.GOVERNANCE, Role.Names.PANEL)) {
            return "ask an administrator";
        }
        return "ask your facilitator or the governance lead";
    }
}
