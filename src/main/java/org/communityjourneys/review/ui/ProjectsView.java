package org.communityjourneys.review.ui;

import org.communityjourneys.shared.ui.Translations;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.Projects.ProjectSummary;

/** Every funded project in public, newest first: its status and what has been paid of its grant. */
@Route("projects")
@AnonymousAllowed
public class ProjectsView extends Main implements HasDynamicTitle {

    public ProjectsView(Projects projects) {
        addClassName("page");
        add(new H1(getTranslation("projects.heading")), new Paragraph(getTranslation("projects.intro")));
        UnorderedList list = new UnorderedList();
        list.setId("projects-list");
        for (ProjectSummary project : projects.all()) {
            list.add(new ListItem(new Anchor("projects/" + project.id(), project.title()),
                    new Span(" " + getTranslation("projects.line", project.journeyTitle(),
                            Translations.label("projectStatus", project.status(), project.status().label()),
                            project.paymentWording().in(Translations.current())))));
        }
        add(list.getChildren().findAny().isPresent() ? list : new Paragraph(getTranslation("projects.none")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("projects.heading"));
    }
}
