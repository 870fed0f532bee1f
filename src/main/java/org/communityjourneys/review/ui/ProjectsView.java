package org.communityjourneys.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.Projects.ProjectSummary;

/** Every funded project in public, newest first: its status and what has been paid of its grant. */
@Route("projects")
@PageTitle("Funded projects | Community Journeys")
@AnonymousAllowed
public class ProjectsView extends Main {

    public ProjectsView(Projects projects) {
        addClassName("page");
        add(new H1("Funded projects"), new Paragraph("Ideas residents voted for and the community chest funded. The same"
                + " list is open data at api/projects."));
        UnorderedList list = new UnorderedList();
        list.setId("projects-list");
        for (ProjectSummary project : projects.all()) {
            list.add(new ListItem(new Anchor("projects/" + project.id(), project.title()),
                    new Span(" \u2014 " + project.journeyTitle() + ": " + project.status().label() + ", " + project.payment())));
        }
        add(list.getChildren().findAny().isPresent() ? list : new Paragraph("No project has been funded yet."));
    }
}
