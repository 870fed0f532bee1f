package org.communityjourneys.review.ui;

import java.util.List;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.communityjourneys.shared.ui.PageAbout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.communityjourneys.review.service.ProjectComments;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.review.service.Projects.ProjectDetail;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;

/** A funded project in public: status, timeline, money paid and, with consent, the group's story. */
@Route("projects/:projectId")
@AnonymousAllowed
public class ProjectView extends PageAbout<ProjectDetail> {


    private final Projects projects;

    private final WardDirectory wardDirectory;

    private final ProjectComments comments;

    public ProjectView(Projects projects, WardDirectory wardDirectory, ProjectComments comments) {
        super("project.pageName", "project.notFound");
        this.projects = projects;
        this.wardDirectory = wardDirectory;
        this.comments = comments;
    }

    @Override
    protected Optional<ProjectDetail> find(RouteParameters address) {
        return address.get("projectId").flatMap(PageAbout::uuid).flatMap(projects::project);
    }

    @Override
    protected String titleOf(ProjectDetail detail) {
        return detail.project().title();
    }

    @Override
    protected List<Component> notFound(RouteParameters address) {
        return List.of(new Paragraph(getTranslation("project.noProjectHere")));
    }

    @Override
    protected void show(ProjectDetail detail) {
        Span status = new Span(Translations.label("projectStatus", detail.project().status(), detail.project().status().label()));
        status.setId("project-status");
        status.getElement().getThemeList().add("badge");
        DescriptionList facts = new DescriptionList();
        facts.setId("project-facts");
        fact(facts, getTranslation("project.status"), status);
        Span payment = new Span(capitalised(detail.project().paymentWording().in(Translations.current())));
        payment.setId("project-payment");
        fact(facts, getTranslation("project.grant"), payment);
        fact(facts, getTranslation("project.votedFor"), new Span(Moments.money(detail.project().votedPence())));
        if (detail.project().amountChangeReason() != null) {
            Span why = new Span(getTranslation("project.approvedAt", Moments.money(detail.project().approvedPence()),
                    detail.project().amountChangeReason()));
            why.setId("project-amount-change");
            fact(facts, getTranslation("project.whyDiffers"), why);
        }
        Div wards = new Div();
        detail.project().wardCodes().forEach(code -> {
            Anchor ward = new Anchor("wards/" + code, wardDirectory.find(code).map(Ward::getName).orElse(code));
            ward.getStyle().set("margin-right", "var(--lumo-space-s)");
            wards.add(ward);
        });
        fact(facts, getTranslation("project.journey"), new Span(detail.project().journeyTitle()));
        fact(facts, getTranslation("project.ward"), wards);
        if (detail.peopleReached() > 0 || detail.activities() > 0) {
            fact(facts, getTranslation("project.peopleReached"), new Span(String.valueOf(detail.peopleReached())));
            fact(facts, getTranslation("project.activities"), new Span(String.valueOf(detail.activities())));
            fact(facts, getTranslation("project.volunteers"), new Span(String.valueOf(detail.volunteers())));
        }
        OrderedList timeline = new OrderedList();
        timeline.setId("project-timeline");
        detail.timeline().forEach(entry -> timeline.add(new ListItem(getTranslation("project.timelineLine",
                UkTime.day(entry.at(), Translations.current()), entry.wording().in(Translations.current())))));
        H1 heading = new H1(detail.project().title());
        heading.setId("project-title");
        add(heading, facts, new H2(getTranslation("project.timeline")), timeline);
        Anchor openData = new Anchor(org.communityjourneys.chest.service.ThreeSixtyGivingPublication.JSON_PATH.substring(1),
                getTranslation("project.openData"));
        openData.setId("project-360giving");
        openData.getElement().setAttribute("router-ignore", true);
        add(new Paragraph(openData));
        long said = comments.commentCounts(List.of(detail.project().id())).getOrDefault(detail.project().id(), 0L);
        Anchor discussion = new Anchor(ProjectComments.pathOf(detail.project().id()).substring(1),
                said == 0 ? getTranslation("project.discussionNone") : said == 1 ? getTranslation("project.discussionOne")
                        : getTranslation("project.discussionMany", String.valueOf(said)));
        discussion.setId("project-discussion");
        add(new H2(getTranslation("project.talk")), new Paragraph(new Span(getTranslation(detail.project().status() == Projects.Status.CLOSED
                ? "project.completedDiscussion" : "project.runningDiscussion") + " "), discussion));
        if (detail.story() != null) {
            Paragraph story = new Paragraph(detail.story());
            story.setId("project-story");
            add(new H2(getTranslation("project.groupsWords")), story);
            if (detail.hasPhoto()) {
                Image photo = new Image(ProjectsApi.photoUrl(detail.project().id()), getTranslation("project.photo"));
                photo.setId("project-photo");
                photo.setMaxWidth("100%");
                add(photo);
            }
        }
    }

    private static void fact(DescriptionList list, String term, com.vaadin.flow.component.Component description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
