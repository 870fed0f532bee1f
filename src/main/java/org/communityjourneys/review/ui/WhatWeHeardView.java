package org.communityjourneys.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.communityjourneys.shared.ui.PageAbout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.Projects.ProjectSummary;
import org.communityjourneys.review.service.ThematicIntelligence;
import org.communityjourneys.review.service.ThematicIntelligence.HeardNeed;
import org.communityjourneys.review.service.ThematicIntelligence.WhatWeHeard;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/** A ward's "what we heard" page: needs raised, what was funded, and what is still open. */
@Route("wards/:wardCode/what-we-heard")
@AnonymousAllowed
public class WhatWeHeardView extends PageAbout<Ward> {

    private final ThematicIntelligence intelligence;
    private final Projects projects;
    private final WardDirectory wards;

    public WhatWeHeardView(ThematicIntelligence intelligence, Projects projects, WardDirectory wards) {
        super("What we heard", "Ward not found");
        this.intelligence = intelligence;
        this.projects = projects;
        this.wards = wards;
    }

    @Override
    protected Optional<Ward> find(RouteParameters address) {
        return address.get("wardCode").flatMap(wards::find);
    }

    @Override
    protected String titleOf(Ward ward) {
        return "What we heard in " + ward.getName();
    }

    @Override
    protected List<Component> notFound(RouteParameters address) {
        return List.of(new Paragraph(new Anchor("wards", "See all wards")));
    }

    @Override
    protected void show(Ward ward) {
        WhatWeHeard heard = intelligence.heardIn(ward.getCode());
        List<ProjectSummary> funded = projects.inWard(ward.getCode());
        add(new H1("What we heard in " + ward.getName()),
                new Paragraph(new Anchor("wards/" + ward.getCode(), "Back to the ward page")),
                new Paragraph(heard.needs().size() + (heard.needs().size() == 1 ? " need" : " needs") + " raised and "
                        + heard.offers() + (heard.offers() == 1 ? " offer of help" : " offers of help") + " at showcase conversations."));
        add(new H2("Needs raised"), needs(heard.needs(), "heard-needs", "No needs recorded yet."));
        add(new H2("What was funded"));
        UnorderedList fundedList = new UnorderedList();
        fundedList.setId("heard-funded");
        funded.forEach(project -> fundedList.add(new ListItem(new Anchor("projects/" + project.id(), project.title()),
                new com.vaadin.flow.component.html.Span(": " + project.status().label() + ", " + project.payment()))));
        add(funded.isEmpty() ? new Paragraph("Nothing funded yet.") : fundedList);
        add(new H2("Still open"),
                new Paragraph("Needs that no idea chosen by a vote here has answered yet. They can start the next journey."),
                needs(heard.stillOpen(), "heard-open", "Every need raised shares a theme with something chosen."));
    }

    private static com.vaadin.flow.component.Component needs(List<HeardNeed> needs, String id, String none) {
        if (needs.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.setId(id);
            return empty;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        needs.forEach(need -> list.add(new ListItem(need.text()
                + (need.themes().isEmpty() ? "" : " (" + String.join(", ", need.themes()) + ")"))));
        return list;
    }
}
