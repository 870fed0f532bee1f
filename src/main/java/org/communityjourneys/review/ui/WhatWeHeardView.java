package org.communityjourneys.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.communityjourneys.shared.ui.PageAbout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.ui.Translations;

/** A ward's "what we heard" page: needs raised, what was funded, and what is still open. */
@Route("wards/:wardCode/what-we-heard")
@AnonymousAllowed
public class WhatWeHeardView extends PageAbout<Ward> {

    private final ThematicIntelligence intelligence;
    private final Projects projects;
    private final WardDirectory wards;

    public WhatWeHeardView(ThematicIntelligence intelligence, Projects projects, WardDirectory wards) {
        super("review.heard.pageName", "review.heard.notFound");
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
        return Translations.text("review.heard.title", ward.getName());
    }

    @Override
    protected List<Component> notFound(RouteParameters address) {
        return List.of(new Paragraph(new Anchor("wards", getTranslation("review.heard.allWards"))));
    }

    @Override
    protected void show(Ward ward) {
        WhatWeHeard heard = intelligence.heardIn(ward.getCode());
        List<ProjectSummary> funded = projects.inWard(ward.getCode());
        add(new H1(getTranslation("review.heard.title", ward.getName())),
                new Paragraph(new Anchor("wards/" + ward.getCode(), getTranslation("review.heard.backToWard"))),
                new Paragraph(getTranslation("review.heard.counts", heard.needs().size(), String.valueOf(heard.needs().size()),
                        heard.offers(), String.valueOf(heard.offers()))));
        add(new H2(getTranslation("review.heard.needsRaised")),
                needs(heard.needs(), "heard-needs", getTranslation("review.heard.noNeeds")));
        add(new H2(getTranslation("review.heard.funded")));
        UnorderedList fundedList = new UnorderedList();
        fundedList.setId("heard-funded");
        funded.forEach(project -> fundedList.add(new ListItem(new Anchor("projects/" + project.id(), project.title()),
                new Span(getTranslation("review.heard.fundedLine",
                        Translations.label("projectStatus", project.status(), project.status().label()),
                        project.paymentWording().in(Translations.current()))))));
        add(funded.isEmpty() ? new Paragraph(getTranslation("review.heard.nothingFunded")) : fundedList);
        add(new H2(getTranslation("review.heard.stillOpen")),
                new Paragraph(getTranslation("review.heard.stillOpenIntro")),
                needs(heard.stillOpen(), "heard-open", getTranslation("review.heard.noneOpen")));
    }

    private static com.vaadin.flow.component.Component needs(List<HeardNeed> needs, String id, String none) {
        if (needs.isEmpty()) {
            Paragraph empty = new Paragraph(none);
            empty.setId(id);
            return empty;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        needs.forEach(need -> list.add(new ListItem(need.themes().isEmpty() ? need.text()
                : Translations.text("review.heard.needWithThemes", need.text(), String.join(", ",
                        need.themes().stream().map(ReviewWords::theme).sorted().toList())))));
        return list;
    }
}
