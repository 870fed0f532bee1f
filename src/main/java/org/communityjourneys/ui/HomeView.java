package org.communityjourneys.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The front door: what this is and how a journey runs. */
@Route("")
@PageTitle("Community Journeys")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@AnonymousAllowed
public class HomeView extends Main {

    public HomeView(AuthenticationContext authentication) {
        addClassName("page");
        add(new H1("Community Journeys"),
                new Paragraph("Communities, not officials, decide what local prevention money is spent on. "
                        + "Each journey runs in the open, from a conversation in the ward to funded projects "
                        + "and back to what was learned."),
                new H2("How a journey runs"));
        OrderedList steps = new OrderedList(
                new ListItem("Launch: a community development officer opens a journey for one or more wards, with a theme, a budget from the community chest and dates."),
                new ListItem("Ward showcase: conversations where people map what the community already has, what they offer and what they want to tackle together."),
                new ListItem("Ideas: residents put forward and support ideas until the ideas deadline."),
                new ListItem("Shortlist: clear eligibility rules screen each idea; the facilitator explains anything left out."),
                new ListItem("Participatory vote: verified residents vote; the result is published with the anonymous ballots so anyone can recompute it."),
                new ListItem("Community chest: each winning idea is funded with governance that fits its size."),
                new ListItem("Learning review: groups tell, in their own words, what happened and what it changed."));
        add(steps);
        authentication.getPrincipalName().ifPresentOrElse(name -> {
            Paragraph who = new Paragraph("You are logged in as " + name + ".");
            who.setId("home-logged-in");
            add(who, new Paragraph(new Anchor("account", "My account")));
        }, () -> add(new Paragraph(new Anchor("login", "Log in to take part")),
                new Paragraph(new Anchor("register", "Register as a resident"))));
        add(new Paragraph(new Anchor("wards", "See the journeys in your ward")));
    }
}
