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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportRequest;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.domain.Theme;

/**
 * The facilitator reads a learning report and accepts it, or asks the group one question (only
 * once); adds themes and tags, and says whether the story can be shared in public. Finishes the
 * "Review learning report" task.
 */
@TaskScreen(LearningReviewService.REVIEW_SCREEN)
@Route("learning-reviews/:taskId")
@RolesAllowed(Role.Names.FACILITATOR)
public class LearningReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningReviewService reviews;
    private final ChestService chest;

    final CheckboxGroup<Theme> themes = new CheckboxGroup<>(getTranslation("review.review.themes"));
    final TextField tags = new TextField(getTranslation("review.review.tags"));
    final Checkbox shareStory = new Checkbox(getTranslation("review.review.shareStory"));
    final TextArea note = new TextArea(getTranslation("review.review.note"));
    final Button accept = new Button(getTranslation("review.review.accept"));
    final Button clarify = new Button(getTranslation("review.review.clarify"));
    final Div problem = new Div();
    private UUID grantId;
    private String taskId;

    public LearningReviewView(LearningReviewService reviews, ChestService chest) {
        this.reviews = reviews;
        this.chest = chest;
        addClassNames("page", "learning-review");
        themes.setId("review-themes");
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(ReviewWords::theme);
        tags.setId("review-tags");
        tags.setMaxLength(500);
        tags.setWidthFull();
        tags.setHelperText(getTranslation("review.review.tagsHelper"));
        shareStory.setId("review-share-story");
        note.setId("review-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setHelperText(getTranslation("review.review.noteHelper"));
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
            add(new H1(getTranslation("review.review.title")), new Paragraph(getTranslation("review.review.nothingWaiting")));
            return;
        }
        LearningReport report = found.get();
        grantId = report.getGrantId();
        FundedGrant grant = chest.fundedGrant(grantId);
        themes.setValue(report.getThemes());
        tags.setValue(report.getTags() == null ? "" : report.getTags());
        shareStory.setValue(report.isStoryShareable());
        add(new H1(getTranslation("review.report.heading", grant.title())));
        if (report.isRecordedOnBehalf()) {
            Paragraph behalf = new Paragraph(report.getConversationNote());
            behalf.setId("review-on-behalf");
            add(behalf);
        }
        if (report.isClarificationAsked()) {
            add(new Paragraph(getTranslation("review.review.youAsked", report.getReviewNote())));
        }
        Paragraph happened = new Paragraph(report.getWhatHappened());
        happened.setId("review-what-happened");
        add(problem, new H2(getTranslation("review.report.sectionWhatHappened")), happened, facts(report, grant), reach(report), spending(report, grant));
        if (report.getStory() != null) {
            Paragraph story = new Paragraph(report.getStory());
            story.setId("review-story");
            add(new H2(getTranslation("review.review.story")), story);
        }
        if (report.hasPhoto()) {
            byte[] bytes = report.getPhoto();
            String type = report.getPhotoType();
            Image image = new Image(DownloadHandler.fromInputStream(download -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), "photo", type, bytes.length)), getTranslation("review.review.photo"));
            image.setId("review-photo");
            image.setMaxWidth("100%");
            image.setMaxHeight("320px");
            add(image);
        }
        add(new H2(getTranslation("review.review.yourReview")), themes, tags, shareStory, note, new Div(accept, clarify));
        clarify.setVisible(!report.isClarificationAsked());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("review.review.title"));
    }

    private static DescriptionList facts(LearningReport report, FundedGrant grant) {
        DescriptionList facts = new DescriptionList();
        facts.setId("review-facts");
        fact(facts, Translations.text("review.review.peopleReached"), String.valueOf(report.getPeopleReached()));
        fact(facts, Translations.text("review.review.volunteers"), String.valueOf(report.getVolunteers()));
        fact(facts, Translations.text("review.review.activities"), Translations.text("review.review.activitiesCount",
                String.valueOf(report.getActivities()), String.valueOf(report.getActivitiesForChildren())));
        fact(facts, Translations.text("review.review.partners"), String.valueOf(report.getPartnerOrganisations()));
        fact(facts, Translations.text("review.review.kinds"),
                String.join(", ", report.kindsOfSupport().stream().map(ReviewWords::kind).toList()));
        ConnectionCounts c = report.connection();
        fact(facts, ReviewWords.question(ConnectionCounts.KNOW_NEIGHBOURS), beforeAfter(c.knowNeighboursBefore(), c.knowNeighboursAfter()));
        fact(facts, ReviewWords.question(ConnectionCounts.SOMEONE_TO_ASK), beforeAfter(c.someoneToAskBefore(), c.someoneToAskAfter()));
        fact(facts, ReviewWords.question(ConnectionCounts.FEEL_PART), beforeAfter(c.feelPartBefore(), c.feelPartAfter()));
        return facts;
    }

    private static String beforeAfter(int before, int after) {
        return Translations.text("review.review.beforeAfter", String.valueOf(before), String.valueOf(after));
    }

    private static Div reach(LearningReport report) {
        UnorderedList list = new UnorderedList();
        report.getReach().forEach((population, people) -> list.add(new ListItem(Translations.text("review.review.reachLine",
                ReviewWords.population(population), String.valueOf(people)))));
        Div reach = new Div(new H2(Translations.text("review.review.reach")),
                report.getReach().isEmpty() ? new Paragraph(Translations.text("review.review.noneGiven")) : list);
        reach.setId("review-reach");
        return reach;
    }

    private static Div spending(LearningReport report, FundedGrant grant) {
        UnorderedList list = new UnorderedList();
        report.getSpending().forEach(line -> list.add(new ListItem(Translations.text("review.review.spendLine", line.line(),
                Moments.money(line.spentPence())))));
        Paragraph total = new Paragraph(Translations.text("review.review.spent", Moments.money(report.spentPence()),
                Moments.money(grant.amountPence())));
        Div spending = new Div(new H2(Translations.text("review.report.sectionMoney")), list, total);
        if (report.getOverspendExplanation() != null) {
            spending.add(new Paragraph(Translations.text("review.review.overspent", report.getOverspendExplanation())));
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
            Notification.show(getTranslation(accepted ? "review.review.accepted" : "review.review.questionSent"),
                    4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            problem.setText(Translations.explain(refused));
            problem.setVisible(true);
        }
    }
}
