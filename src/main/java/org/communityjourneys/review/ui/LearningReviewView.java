package org.communityjourneys.review.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.FundedGrant;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportRequest;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Theme;

/**
 * The facilitator reads a learning report and accepts it, or asks the group one question (only
 * once); adds themes and tags, and says whether the story can be shared in public. Finishes the
 * "Review learning report" task.
 */
@TaskScreen(LearningReviewService.REVIEW_SCREEN)
@Route("learning-reviews/:taskId")
@PageTitle("Review a learning report | Community Journeys")
@RolesAllowed(Role.Names.FACILITATOR)
public class LearningReviewView extends Main implements BeforeEnterObserver {

    private final LearningReviewService reviews;
    private final ChestService chest;

    final CheckboxGroup<Theme> themes = new CheckboxGroup<>("Themes");
    final TextField tags = new TextField("Tags");
    final Checkbox shareStory = new Checkbox("This is a story we can share (the group agreed)");
    final TextArea note = new TextArea("Message to the group");
    final Button accept = new Button("Accept the report");
    final Button clarify = new Button("Ask the group one question");
    final Div problem = new Div();
    private UUID grantId;
    private String taskId;

    public LearningReviewView(LearningReviewService reviews, ChestService chest) {
        this.reviews = reviews;
        this.chest = chest;
        addClassNames("page", "learning-review");
        themes.setId("review-themes");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(Theme::label);
        tags.setId("review-tags");
        tags.setMaxLength(500);
        tags.setWidthFull();
        tags.setHelperText("Short words, separated by commas, e.g. babies, library, volunteers.");
        shareStory.setId("review-share-story");
        note.setId("review-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setHelperText("Needed when you ask a question. You can ask only once.");
        accept.setId("review-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> decide(true));
        clarify.setId("review-clarify");
        clarify.addClickListener(click -> decide(false));
        problem.setId("review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        problem.setVisible(false);
        taskId = event.getRouteParameters().get("taskId").orElse(null);
        Optional<LearningReport> found = reviews.requestForTask(taskId).map(LearningReportRequest::getGrantId)
                .flatMap(reviews::reportFor);
        if (found.isEmpty() || found.get().getOutcome() != ReportOutcome.SUBMITTED) {
            add(new H1("Review a learning report"), new Paragraph("No report is waiting for this review. Open it from My tasks."));
            return;
        }
        LearningReport report = found.get();
        grantId = report.getGrantId();
        FundedGrant grant = chest.fundedGrant(grantId);
        themes.setValue(report.getThemes());
        tags.setValue(report.getTags() == null ? "" : report.getTags());
        shareStory.setValue(report.isStoryShareable());
        add(new H1("Learning report: " + grant.title()));
        if (report.isRecordedOnBehalf()) {
            Paragraph behalf = new Paragraph(report.getConversationNote());
            behalf.setId("review-on-behalf");
            add(behalf);
        }
        if (report.isClarificationAsked()) {
            add(new Paragraph("You asked: \u201c" + report.getReviewNote() + "\u201d. The group has answered; "
                    + "accept the report now (there is no second question)."));
        }
        Paragraph happened = new Paragraph(report.getWhatHappened());
        happened.setId("review-what-happened");
        add(problem, new H2("What happened"), happened, facts(report, grant), reach(report), spending(report, grant));
        if (report.getStory() != null) {
            Paragraph story = new Paragraph(report.getStory());
            story.setId("review-story");
            add(new H2("Story"), story);
        }
        if (report.hasPhoto()) {
            byte[] bytes = report.getPhoto();
            String type = report.getPhotoType();
            Image image = new Image(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "photo", type, bytes.length)), "Photo sent with the report");
            image.setId("review-photo");
            image.setMaxWidth("100%");
            image.setMaxHeight("320px");
            add(image);
        }
        add(new H2("Your review"), themes, tags, shareStory, note, new Div(accept, clarify));
        clarify.setVisible(!report.isClarificationAsked());
    }

    private static DescriptionList facts(LearningReport report, FundedGrant grant) {
        DescriptionList facts = new DescriptionList();
        facts.setId("review-facts");
        fact(facts, "People reached", String.valueOf(report.getPeopleReached()));
        fact(facts, "Volunteers", String.valueOf(report.getVolunteers()));
        fact(facts, "Activities held", report.getActivities() + " (" + report.getActivitiesForChildren() + " for 0-17 year olds)");
        fact(facts, "Partner organisations", String.valueOf(report.getPartnerOrganisations()));
        fact(facts, "Kinds of support", String.join(", ", report.kindsOfSupport().stream().map(KindOfSupport::label).toList()));
        ConnectionCounts c = report.connection();
        fact(facts, ConnectionCounts.KNOW_NEIGHBOURS, c.knowNeighboursBefore() + " before, " + c.knowNeighboursAfter() + " after");
        fact(facts, ConnectionCounts.SOMEONE_TO_ASK, c.someoneToAskBefore() + " before, " + c.someoneToAskAfter() + " after");
        fact(facts, ConnectionCounts.FEEL_PART, c.feelPartBefore() + " before, " + c.feelPartAfter() + " after");
        return facts;
    }

    private static Div reach(LearningReport report) {
        UnorderedList list = new UnorderedList();
        report.getReach().forEach((population, people) -> list.add(new ListItem(population.label() + ": " + people)));
        Div reach = new Div(new H2("Reach by population"), report.getReach().isEmpty() ? new Paragraph("None given.") : list);
        reach.setId("review-reach");
        return reach;
    }

    private static Div spending(LearningReport report, FundedGrant grant) {
        UnorderedList list = new UnorderedList();
        report.getSpending().forEach(line -> list.add(new ListItem(line.line() + ": " + Money.format(line.spentPence()))));
        Paragraph total = new Paragraph("Spent " + Money.format(report.spentPence()) + " of the grant of "
                + Money.format(grant.amountPence()) + ".");
        Div spending = new Div(new H2("Money spent"), list, total);
        if (report.getOverspendExplanation() != null) {
            spending.add(new Paragraph("More than the grant was spent: " + report.getOverspendExplanation()));
        }
        spending.setId("review-spending");
        return spending;
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    void decide(boolean accepted) {
        problem.setVisible(false);
        try {
            reviews.review(grantId, taskId, accepted, note.getValue(), themes.getValue(), tags.getValue(), shareStory.getValue());
            Notification.show(accepted ? "Report accepted: the project is closed." : "Your question has been sent to the group.",
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
