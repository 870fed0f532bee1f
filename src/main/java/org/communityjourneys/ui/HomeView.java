package org.communityjourneys.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The front door: what this is and how a journey runs. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@AnonymousAllowed
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(AuthenticationContext authentication) {
        addClassName("page");
        add(new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("home.intro")),
                new H2(getTranslation("home.howItRuns")));
        OrderedList steps = new OrderedList(
                new ListItem(getTranslation("home.step.launch")),
                new ListItem(getTranslation("home.step.showcase")),
                new ListItem(getTranslation("home.step.ideas")),
                new ListItem(getTranslation("home.step.shortlist")),
                new ListItem(getTranslation("home.step.vote")),
                new ListItem(getTranslation("home.step.chest")),
                new ListItem(getTranslation("home.step.learning")));
        add(steps);
        authentication.getPrincipalName().ifPresentOrElse(name -> {
            Paragraph who = new Paragraph(getTranslation("home.loggedInAs", name));
            who.setId("home-logged-in");
            add(who, new Paragraph(new Anchor("account", getTranslation("home.myAccount"))));
        }, () -> add(new Paragraph(new Anchor("login", getTranslation("home.logInToTakePart"))),
                new Paragraph(new Anchor("register", getTranslation("home.register")))));
        add(new Paragraph(new Anchor("wards", getTranslation("home.seeYourWard"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
