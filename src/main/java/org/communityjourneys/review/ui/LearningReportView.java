// Over 400 lines: one screen with the report's eight sections, its draft saving and its photo upload; the sections could become their own components.
package org.communityjourneys.review.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.FundedGrant;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.review.domain.ConnectionCounts;
import org.communityjourneys.review.domain.KindOfSupport;
import org.communityjourneys.review.domain.LearningReport;
import org.communityjourneys.review.domain.LearningReportAnswers;
import org.communityjourneys.review.domain.LearningReportRequest;
import org.communityjourneys.review.domain.ReportOutcome;
import org.communityjourneys.review.domain.ReportPhoto;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Refused;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.ui.UploadTexts;
import org.communityjourneys.showcase.domain.PhotoUpload;

/**
 * The group's learning report, on one screen: what happened, people reached, volunteers,
 * activities, spending against the grant, one story and photo, and three before/after questions.
 * Saved as a draft as often as the group likes; sending it finishes the "Send learning report"
 * task. A facilitator can record it for the group after a conversation.
 */
@TaskScreen(LearningReviewService.REPORT_SCREEN)
@Route("learning-reports/:taskId")
@RolesAllowed({Role.Names.APPLICANT, Role.Names.RESIDENT, Role.Names.FACILITATOR})
public class LearningReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningReviewService reviews;
    private final ChestService chest;
    private final CurrentUser currentUser;

    final TextArea whatHappened = new TextArea(getTranslation("review.report.whatHappened"));
    final IntegerField peopleReached = count("review.report.peopleReached", "report-people-reached");
    final Map<Population, IntegerField> reach = new EnumMap<>(Population.class);
    final IntegerField volunteers = count("review.report.volunteers", "report-volunteers");
    final IntegerField activities = count("review.report.activities", "report-activities");
    final IntegerField activitiesForChildren = count("review.report.activitiesForChildren", "report-activities-children");
    final IntegerField partners = count("review.report.partners", "report-partners");
    final CheckboxGroup<KindOfSupport> kinds = new CheckboxGroup<>(getTranslation("review.report.kinds"));
    final List<SpendRow> spendRows = new ArrayList<>();
    final Div spendLines = new Div();
    final Button addSpendLine = new Button(getTranslation("review.report.addSpendLine"));
    final Span spendTotal = new Span();
    final Div overspendWarning = new Div();
    final TextArea overspendExplanation = new TextArea(getTranslation("review.report.overspendExplanation"));
    final TextArea story = new TextArea(getTranslation("review.report.story"));
    final Upload photo = new Upload();
    final Span photoState = new Span();
    final IntegerField knowBefore = count("review.report.before", "connection-know-before");
    final IntegerField knowAfter = count("review.report.after", "connection-know-after");
    final IntegerField askBefore = count("review.report.before", "connection-ask-before");
    final IntegerField askAfter = count("review.report.after", "connection-ask-after");
    final IntegerField partBefore = count("review.report.before", "connection-part-before");
    final IntegerField partAfter = count("review.report.after", "connection-part-after");
    final TextField conversationNote = new TextField(getTranslation("review.report.conversationNote"));
    final Button saveDraft = new Button(getTranslation("review.report.saveDraft"));
    final Button send = new Button(getTranslation("review.report.send"));
    final Div problem = new Div();

    private UUID grantId;
    private String taskId;
    private long grantPence;
    private PhotoUpload newPhoto;

    public LearningReportView(LearningReviewService reviews, ChestService chest, CurrentUser currentUser) {
        this.reviews = reviews;
        this.chest = chest;
        this.currentUser = currentUser;
        addClassNames("page", "learning-report");
        whatHappened.setId("report-what-happened");
        whatHappened.setMaxLength(LearningReportAnswers.MAX_TEXT);
        whatHappened.setWidthFull();
        whatHappened.setRequired(true);
        whatHappened.setHelperText(getTranslation("review.report.whatHappenedHelper"));
        for (Population population : Population.values()) {
            reach.put(population, labelled(ReviewWords.population(population), "report-reach-" + population.name().toLowerCase(Locale.ROOT)));
        }
        kinds.setId("report-kinds");
        kinds.setItems(KindOfSupport.values());
        kinds.setItemLabelGenerator(ReviewWords::kind);
        addSpendLine.setId("report-add-spend-line");
        addSpendLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addSpendLine.addClickListener(click -> addSpendRow(null));
        spendTotal.setId("report-spend-total");
        overspendWarning.setId("report-overspend-warning");
        overspendWarning.getElement().setAttribute("role", "status");
        overspendWarning.getStyle().set("color", "var(--lumo-error-text-color)");
        overspendExplanation.setId("report-overspend-explanation");
        overspendExplanation.setMaxLength(2000);
        overspendExplanation.setWidthFull();
        story.setId("report-story");
        story.setMaxLength(LearningReportAnswers.MAX_TEXT);
        story.setWidthFull();
        story.setHelperText(getTranslation("review.report.storyHelper"));
        photo.setId("report-photo");
        photo.setMaxFiles(1);
        UploadTexts.apply(photo);
        photo.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, reviews.photoMaxBytes()));
        photo.setAcceptedFileTypes(PhotoUpload.JPEG, PhotoUpload.PNG, PhotoUpload.WEBP, ".jpg", ".jpeg", ".png", ".webp");
        photo.setUploadHandler(event -> {
            byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reviews.photoMaxBytes() + 1));
            String fileName = event.getFileName();
            event.getUI().access(() -> received(new PhotoUpload(fileName, bytes)));
        });
        photo.addFileRejectedListener(rejected -> refusePhoto(getTranslation("review.report.photoRejected",
                rejected.getFileName(), PhotoUpload.megabytes(reviews.photoMaxBytes()))));
        photoState.setId("report-photo-state");
        photoState.getElement().setAttribute("aria-live", "polite");
        conversationNote.setId("report-conversation-note");
        conversationNote.setMaxLength(900);
        conversationNote.setWidthFull();
        conversationNote.setHelperText(getTranslation("review.report.conversationNoteHelper"));
        saveDraft.setId("report-save-draft");
        saveDraft.addClickListener(click -> saveDraft());
        send.setId("report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
        problem.setId("report-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("review.report.title"));
    }

    private static IntegerField count(String labelKey, String id) {
        return labelled(Translations.text(labelKey), id);
    }

    private static IntegerField labelled(String label, String id) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setMin(0);
        field.setStepButtonsVisible(false);
        field.setValue(0);
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        problem.setVisible(false);
        newPhoto = null;
        taskId = event.getRouteParameters().get("taskId").orElse(null);
        Optional<LearningReportRequest> request = reviews.requestForTask(taskId);
        if (request.isEmpty()) {
            add(new H1(getTranslation("review.report.title")), new Paragraph(getTranslation("review.report.notWaiting")));
            return;
        }
        grantId = request.get().getGrantId();
        FundedGrant grant = chest.fundedGrant(grantId);
        grantPence = grant.amountPence();
        boolean facilitator = currentUser.hasRole(Role.FACILITATOR);
        if (!facilitator && !request.get().isHeldBy(currentUser.require())) {
            Paragraph notYours = new Paragraph(getTranslation("review.refused.notYours"));
            notYours.setId("report-not-yours");
            add(new H1(getTranslation("review.report.title")), notYours);
            return;
        }
        Optional<LearningReport> filed = reviews.reportFor(grantId);
        if (filed.isPresent() && filed.get().getOutcome() != ReportOutcome.CLARIFICATION_ASKED) {
            Paragraph sent = new Paragraph(getTranslation("review.report.sent"));
            sent.setId("report-sent");
            add(new H1(getTranslation("review.report.heading", grant.title())), sent);
            return;
        }
        LearningReportAnswers answers = reviews.draft(grantId)
                .or(() -> filed.map(LearningReport::answers))
                .orElse(LearningReportAnswers.empty());
        fill(answers);
        add(new H1(getTranslation("review.report.heading", grant.title())),
                new Paragraph(getTranslation("review.report.intro")));
        if (filed.isPresent()) {
            Div question = new Div(new H2(getTranslation("review.report.facilitatorAsked")), new Paragraph(filed.get().getReviewNote()));
            question.setId("report-question");
            question.addClassName("callout");
            add(question, new Paragraph(getTranslation("review.report.changeAndSendAgain")));
        }
        FlexLayout reachFields = wrap(reach.values().toArray(IntegerField[]::new));
        add(problem,
                new H2(getTranslation("review.report.sectionWhatHappened")), whatHappened,
                new H2(getTranslation("review.report.sectionWhoTookPart")),
                wrap(peopleReached, volunteers, activities, activitiesForChildren, partners),
                new Paragraph(getTranslation("review.report.ofThePeopleReached")), reachFields, kinds,
                new H2(getTranslation("review.report.sectionMoney")),
                new Paragraph(getTranslation("review.report.grantWas", Moments.money(grantPence))),
                spendLines, addSpendLine, spendTotal, overspendWarning, overspendExplanation,
                new H2(getTranslation("review.report.sectionStory")), story,
                new Paragraph(getTranslation("review.report.photoOptional", PhotoUpload.megabytes(reviews.photoMaxBytes()))),
                photo, photoState,
                new H2(getTranslation("review.report.sectionConnected")),
                new Paragraph(getTranslation("review.report.connectedIntro")),
                question(ReviewWords.question(ConnectionCounts.KNOW_NEIGHBOURS), knowBefore, knowAfter),
                question(ReviewWords.question(ConnectionCounts.SOMEONE_TO_ASK), askBefore, askAfter),
                question(ReviewWords.question(ConnectionCounts.FEEL_PART), partBefore, partAfter));
        if (facilitator && !request.get().isHeldBy(currentUser.require())) {
            add(new H2(getTranslation("review.report.recordedForGroup")), conversationNote);
        }
        FlexLayout buttons = wrap(saveDraft, send);
        add(buttons);
        showPhotoState(reviews.draftHasPhoto(grantId) || filed.map(LearningReport::hasPhoto).orElse(false));
        showSpending();
    }

    private void fill(LearningReportAnswers answers) {
        whatHappened.setValue(answers.whatHappened() == null ? "" : answers.whatHappened());
        peopleReached.setValue(answers.peopleReached());
        answers.fullReach().forEach((population, people) -> reach.get(population).setValue(people));
        volunteers.setValue(answers.volunteers());
        activities.setValue(answers.activities());
        activitiesForChildren.setValue(answers.activitiesForChildren());
        partners.setValue(answers.partnerOrganisations());
        kinds.setValue(answers.kindsOfSupportSet());
        spendRows.clear();
        spendLines.removeAll();
        answers.spending().forEach(this::addSpendRow);
        if (spendRows.isEmpty()) {
            addSpendRow(null);
        }
        overspendExplanation.setValue(answers.overspendExplanation() == null ? "" : answers.overspendExplanation());
        story.setValue(answers.story() == null ? "" : answers.story());
        ConnectionCounts c = answers.connection();
        knowBefore.setValue(c.knowNeighboursBefore());
        knowAfter.setValue(c.knowNeighboursAfter());
        askBefore.setValue(c.someoneToAskBefore());
        askAfter.setValue(c.someoneToAskAfter());
        partBefore.setValue(c.feelPartBefore());
        partAfter.setValue(c.feelPartAfter());
    }

    private void addSpendRow(SpendLine line) {
        SpendRow row = new SpendRow(spendRows.size());
        if (line != null) {
            row.what.setValue(line.line());
            row.amount.setValue(Money.poundsOf(line.spentPence()));
        }
        spendRows.add(row);
        spendLines.add(row);
    }

    /** Shows the total, and the warning and explanation when more was spent than the grant. */
    void showSpending() {
        long spent = spentPence();
        spendTotal.setText(getTranslation("review.report.spentInAll", Moments.money(spent), Moments.money(grantPence)));
        boolean over = spent > grantPence;
        overspendWarning.setText(over ? getTranslation("review.report.overspendWarning", Moments.money(spent - grantPence)) : "");
        overspendWarning.setVisible(over);
        overspendExplanation.setVisible(over);
        overspendExplanation.setRequired(over);
    }

    private long spentPence() {
        long total = 0;
        for (SpendRow row : spendRows) {
            try {
                total += row.pence();
            } catch (ArithmeticException notPence) {
                // shown as a problem when sent
            }
        }
        return total;
    }

    LearningReportAnswers answers() {
        Map<Population, Integer> reached = new EnumMap<>(Population.class);
        reach.forEach((population, field) -> reached.put(population, value(field)));
        List<SpendLine> spending = new ArrayList<>();
        for (SpendRow row : spendRows) {
            if (row.what.getValue().isBlank() && row.amount.getValue() == null) {
                continue;
            }
            try {
                spending.add(new SpendLine(row.what.getValue(), row.pence()));
            } catch (ArithmeticException notPence) {
                throw Refused.input("review.report.amountsInPounds");
            }
        }
        return new LearningReportAnswers(whatHappened.getValue(), value(peopleReached), reached, value(volunteers),
                value(activities), value(activitiesForChildren), value(partners), kinds.getValue(), spending,
                overspendExplanation.isVisible() ? overspendExplanation.getValue() : null, story.getValue(),
                new ConnectionCounts(value(knowBefore), value(knowAfter), value(askBefore), value(askAfter),
                        value(partBefore), value(partAfter)));
    }

    private static int value(IntegerField field) {
        if (field.isInvalid() && field.getValue() == null) {
            throw Refused.input("review.report.wholeNumber", field.getLabel());
        }
        return field.getValue() == null ? 0 : field.getValue();
    }

    void saveDraft() {
        problem.setVisible(false);
        try {
            reviews.saveDraft(grantId, answers(), newPhoto);
            newPhoto = null;
            Notification.show(getTranslation("review.report.draftSaved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refused) {
            showProblem(Translations.explain(refused));
        }
    }

    void send() {
        problem.setVisible(false);
        try {
            reviews.fileReport(grantId, taskId, answers(), newPhoto,
                    conversationNote.isAttached() ? conversationNote.getValue() : null);
            Notification.show(getTranslation("review.report.sentThankYou"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            showProblem(Translations.explain(refused));
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    void received(PhotoUpload upload) {
        photo.clearFileList();
        Optional<Wording> wrong = ReportPhoto.problem(upload, reviews.photoMaxBytes());
        if (wrong.isPresent()) {
            refusePhoto(wrong.get().in(Translations.current()));
            return;
        }
        newPhoto = upload;
        photoState.getStyle().remove("color");
        photoState.setText(getTranslation("review.report.photoReady", upload.fileName()));
    }

    private void refusePhoto(String message) {
        photoState.setText(getTranslation("review.report.photoNotAdded", message));
        photoState.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void showPhotoState(boolean saved) {
        photoState.getStyle().remove("color");
        photoState.setText(getTranslation(saved ? "review.report.photoSaved" : "review.report.noPhoto"));
    }

    private static Div question(String text, IntegerField before, IntegerField after) {
        Div question = new Div(new Paragraph(text), wrap(before, after));
        before.setAriaLabel(Translations.text("review.report.saidYesBefore", text));
        after.setAriaLabel(Translations.text("review.report.saidYesAfter", text));
        return question;
    }

    private static FlexLayout wrap(com.vaadin.flow.component.Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** One line of spending: what, and how much in pounds. */
    final class SpendRow extends FlexLayout {
        final TextField what = new TextField(getTranslation("review.report.spentOn"));
        final BigDecimalField amount = new BigDecimalField(getTranslation("review.report.amount"));

        SpendRow(int index) {
            what.setId("spend-line-" + index);
            what.setMaxLength(200);
            amount.setId("spend-amount-" + index);
            amount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            amount.addValueChangeListener(change -> showSpending());
            setFlexWrap(FlexWrap.WRAP);
            getStyle().set("gap", "var(--lumo-space-m)");
            add(what, amount);
        }

        long pence() {
            BigDecimal pounds = amount.getValue();
            return pounds == null ? 0 : Money.penceOf(pounds);
        }
    }
}
