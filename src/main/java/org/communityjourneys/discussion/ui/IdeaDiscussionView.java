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
import org.communityjourneys.ideas.domain.Idea;
import org.communityjourneys.ideas.service.IdeaService;

/** An idea's discussion, open while the journey's ideas window or its vote is open. */
@Route("journeys/:journeyId/ideas/:ideaId/discussion")
@PermitAll
public class IdeaDiscussionView extends DiscussionPage {

    private final IdeaService ideas;
    private Idea idea;

    public IdeaDiscussionView(DiscussionService discussion, IdeaService ideas, AuthenticationContext authentication) {
        super(discussion, authentication);
        this.ideas = ideas;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("discussion.pageTitle"));
    }

    @Override
    protected boolean find(BeforeEnterEvent event) {
        String journeyId = event.getRouteParameters().get("journeyId").orElse("");
        idea = parse(event.getRouteParameters().get("ideaId").orElse(null)).flatMap(ideas::find)
                .filter(found -> found.getJourneyId().toString().equals(journeyId))
                .orElse(null);
        return idea != null;
    }

    @Override
    protected String title() {
        return idea.getTitle();
    }

    @Override
    protected Anchor back() {
        return new Anchor("journeys/" + idea.getJourneyId() + "/ideas", getTranslation("discussion.backToIdeas"));
    }

    @Override
    protected String description() {
        return idea.getDescription();
    }

    @Override
    protected boolean open() {
        return discussion.isOpen(idea.getId());
    }

    @Override
    protected String closedText() {
        return getTranslation("discussion.closedIdea");
    }

    @Override
    protected List<CommentView> thread(String viewer) {
        return discussion.thread(idea.getId(), viewer);
    }

    @Override
    protected UUID post(UUID parentId, String text) {
        return discussion.post(idea.getId(), parentId, text, me());
    }

    @Override
    protected String label(Voice voice) {
        return Translations.label("voice", voice, voice.label());
    }
}
