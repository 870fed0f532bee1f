package org.communityjourneys.discussion.ui;

import org.communityjourneys.shared.ui.Translations;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.communityjourneys.discussion.domain.Voice;
import org.communityjourneys.discussion.service.DiscussionService;
import org.communityjourneys.discussion.service.DiscussionService.CommentView;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.Projects.ProjectSummary;

/** A funded project's discussion, open while the project runs; the group answers as its lead. */
@Route("projects/:projectId/discussion")
@PermitAll
public class ProjectDiscussionView extends DiscussionPage {

    private final Projects projects;
    private ProjectSummary project;

    public ProjectDiscussionView(DiscussionService discussion, Projects projects, AuthenticationContext authentication) {
        super(discussion, authentication);
        this.projects = projects;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("discussion.projectPageTitle"));
    }

    @Override
    protected boolean find(BeforeEnterEvent event) {
        project = parse(event.getRouteParameters().get("projectId").orElse(null)).flatMap(projects::project)
                .map(Projects.ProjectDetail::project).orElse(null);
        return project != null;
    }

    @Override
    protected String title() {
        return project.title();
    }

    @Override
    protected Anchor back() {
        return new Anchor("projects/" + project.id(), getTranslation("discussion.backToProject"));
    }

    @Override
    protected String description() {
        return getTranslation("discussion.fundedProject", project.journeyTitle(),
                Translations.label("projectStatus", project.status(), project.status().label()), project.paymentWording().in(Translations.current()));
    }

    @Override
    protected boolean open() {
        return discussion.isProjectOpen(project.id());
    }

    @Override
    protected String closedText() {
        return getTranslation("discussion.closedProject");
    }

    @Override
    protected List<CommentView> thread(String viewer) {
        return discussion.projectThread(project.id(), viewer);
    }

    @Override
    protected UUID post(UUID parentId, String text) {
        return discussion.postOnProject(project.id(), parentId, text, me());
    }

    @Override
    protected String label(Voice voice) {
        return voice == Voice.LEAD ? getTranslation("voice.LEAD.project") : Translations.label("voice", voice, voice.labelOnProject());
    }
}
