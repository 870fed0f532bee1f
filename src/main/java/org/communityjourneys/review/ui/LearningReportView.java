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
import com.vaadin.flow.router.PageTitle;
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
import org.communityjourneys.review.domain.SpendLine;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.showcase.domain.PhotoUpload;

/**
 * The group's learning report, on one screen: what happened, people reached, volunteers,
 * activities, spending against the grant, one story and photo, and three before/after questions.
 * Saved as a draft as often as the group likes; sending it finishes the "Send learning report"
 * task. A facilitator can record it for the group after a conversation.
 */
@TaskScreen(LearningReviewService.REPORT_SCREEN)
@Route("learning-reports/:taskId")
@PageTitle("Learning report | Community Journeys")
@RolesAllowed({Role.Names.APPLICANT, Role.Names.RESIDENT, Role.Names.FACILITATOR})
public class LearningReportView extends Main implements BeforeEnterObserver {

    private final LearningReviewService reviews;
    private final ChestService chest;
    private final CurrentUser currentUser;

    final TextArea whatHappened = new TextArea("What happened?");
    final IntegerField peopleReached = count("People reached in all", "report-people-reached");
    final Map<Population, IntegerField> reach = new EnumMap<>(Population.class);
    final IntegerField volunteers = count("Volunteers involved", "report-volunteers");
    final IntegerField activities = count("Activities held (sessions, events)", "report-activities");
    final IntegerField activitiesForChildren = count("Of those, activities for 0-17 year olds", "report-activities-children");
    final IntegerField partners = count("Partner organisations you worked with", "report-partners");
    final CheckboxGroup<KindOfSupport> kinds = new CheckboxGroup<>("Kinds of support given");
    final List<SpendRow> spendRows = new ArrayList<>();
    final Div spendLines = new Div();
    final Button addSpendLine = new Button("Add a spending line");
    final Span spendTotal = new Span();
    final Div overspendWarning = new Div();
    final TextArea overspendExplanation = new TextArea("How was the difference paid for?");
    final TextArea story = new TextArea("One story");
    final Upload photo = new Upload();
    final Span photoState = new Span();
    final IntegerField knowBefore = count("Before", "connection-know-before");
    final IntegerField knowAfter = count("After", "connection-know-after");
    final IntegerField askBefore = count("Before", "connection-ask-before");
    final IntegerField askAfter = count("After", "connection-ask-after");
    final IntegerField partBefore = count("Before", "connection-part-before");
    final IntegerField partAfter = count("After", "connection-part-after");
    final TextField conversationNote = new TextField("When and how you spoke with the group");
    final Button saveDraft = new Button("Save draft");
    final Button send = new Button("Send the report");
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
        whatHappened.setHelperText("A few sentences in your own words are enough.");
        for (Population population : Population.values()) {
            reach.put(population, count(population.label(), "report-reach-" + population.name().toLowerCase(Locale.ROOT)));
        }
        kinds.setId("report-kinds");
        kinds.setItems(KindOfSupport.values());
        kinds.setItemLabelGenerator(KindOfSupport::label);
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
        story.setHelperText("What changed for someone? No names unless they agreed to be named.");
        photo.setId("report-photo");
        photo.setMaxFiles(1);
        photo.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, reviews.photoMaxBytes()));
        photo.setAcceptedFileTypes(PhotoUpload.JPEG, PhotoUpload.PNG, PhotoUpload.WEBP, ".jpg", ".jpeg", ".png", ".webp");
        photo.setUploadHandler(event -> {
            byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reviews.photoMaxBytes() + 1));
            String fileName = event.getFileName();
            event.getUI().access(() -> received(new PhotoUpload(fileName, bytes)));
        });
        photo.addFileRejectedListener(rejected -> refusePhoto("The photo \u201c" + rejected.getFileName()
                + "\u201d cannot be added: photos must be JPEG, PNG or WebP images of at most "
                + PhotoUpload.megabytes(reviews.photoMaxBytes()) + "."));
        photoState.setId("report-photo-state");
        photoState.getElement().setAttribute("aria-live", "polite");
        conversationNote.setId("report-conversation-note");
        conversationNote.setMaxLength(900);
        conversationNote.setWidthFull();
        conversationNote.setHelperText("The report will say: recorded by a facilitator after a conversation.");
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

    private static IntegerField count(String label, String id) {
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
            add(new H1("Learning report"), new Paragraph("This report is not waiting for you. Open it from My tasks."));
            return;
        }
        grantId = request.get().getGrantId();
        FundedGrant grant = chest.fundedGrant(grantId);
        grantPence = grant.amountPence();
        boolean facilitator = currentUser.hasRole(Role.FACILITATOR);
        if (!facilitator && !request.get().isHeldBy(currentUser.require())) {
            Paragraph notYours = new Paragraph("This grant is not yours, so you cannot report on it. Only the person "
                    + "who applied for it can, or a facilitator on the group's behalf.");
            notYours.setId("report-not-yours");
            add(new H1("Learning report"), notYours);
            return;
        }
        Optional<LearningReport> filed = reviews.reportFor(grantId);
        if (filed.isPresent() && filed.get().getOutcome() != ReportOutcome.CLARIFICATION_ASKED) {
            Paragraph sent = new Paragraph("This report has been sent. Thank you.");
            sent.setId("report-sent");
            add(new H1("Learning report: " + grant.title()), sent);
            return;
        }
        LearningReportAnswers answers = reviews.draft(grantId)
                .or(() -> filed.map(LearningReport::answers))
                .orElse(LearningReportAnswers.empty());
        fill(answers);
        add(new H1("Learning report: " + grant.title()),
                new Paragraph("One screen, about ten minutes. Save a draft whenever you like and come back later."));
        if (filed.isPresent()) {
            Div question = new Div(new H2("The facilitator asked"), new Paragraph(filed.get().getReviewNote()));
            question.setId("report-question");
            question.addClassName("callout");
            add(question, new Paragraph("Change what needs changing below and send the report again."));
        }
        FlexLayout reachFields = wrap(reach.values().toArray(IntegerField[]::new));
        add(problem,
                new H2("What happened"), whatHappened,
                new H2("Who took part"), wrap(peopleReached, volunteers, activities, activitiesForChildren, partners),
                new Paragraph("Of the people reached, how many were:"), reachFields, kinds,
                new H2("Money spent"),
                new Paragraph("The grant was " + Money.format(grantPence) + ". List what you spent it on; "
                        + "a line per budget heading or per thing bought is fine."),
                spendLines, addSpendLine, spendTotal, overspendWarning, overspendExplanation,
                new H2("One story"), story,
                new Paragraph("A photo is optional: JPEG, PNG or WebP, at most " + PhotoUpload.megabytes(reviews.photoMaxBytes())
                        + ". Only share photos of people who agreed."),
                photo, photoState,
                new H2("Feeling connected"),
                new Paragraph("Ask participants three questions at the start and at the end. Write how many said yes."),
                question(ConnectionCounts.KNOW_NEIGHBOURS, knowBefore, knowAfter),
                question(ConnectionCounts.SOMEONE_TO_ASK, askBefore, askAfter),
                question(ConnectionCounts.FEEL_PART, partBefore, partAfter));
        if (facilitator && !request.get().isHeldBy(currentUser.require())) {
            add(new H2("Recorded for the group"), conversationNote);
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
        spendTotal.setText("Spent in all: " + Money.format(spent) + " of the grant of " + Money.format(grantPence) + ".");
        boolean over = spent > grantPence;
        overspendWarning.setText(over ? "You spent " + Money.format(spent - grantPence) + " more than the grant. "
                + "That is fine if it was covered another way: please say how." : "");
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
                throw new IllegalArgumentException("Spending amounts are in pounds and pence, like 12.50.");
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
            throw new IllegalArgumentException(field.getLabel() + ": write a whole number.");
        }
        return field.getValue() == null ? 0 : field.getValue();
    }

    void saveDraft() {
        problem.setVisible(false);
        try {
            reviews.saveDraft(grantId, answers(), newPhoto);
            newPhoto = null;
            Notification.show("Draft saved. You can come back to it later.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refused) {
            showProblem(refused.getMessage());
        }
    }

    void send() {
        problem.setVisible(false);
        try {
            reviews.fileReport(grantId, taskId, answers(), newPhoto,
                    conversationNote.isAttached() ? conversationNote.getValue() : null);
            Notification.show("Thank you: your learning report has been sent.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            showProblem(refused.getMessage());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    void received(PhotoUpload upload) {
        photo.clearFileList();
        Optional<String> wrong = upload.problem(reviews.photoMaxBytes());
        if (wrong.isPresent()) {
            refusePhoto(wrong.get());
            return;
        }
        newPhoto = upload;
        photoState.getStyle().remove("color");
        photoState.setText("Photo ready: " + upload.fileName() + " (kept when you save or send).");
    }

    private void refusePhoto(String message) {
        photoState.setText(message + " The photo was not added.");
        photoState.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void showPhotoState(boolean saved) {
        photoState.getStyle().remove("color");
        photoState.setText(saved ? "A photo is saved with this report; upload another to replace it." : "No photo yet.");
    }

    private static Div question(String text, IntegerField before, IntegerField after) {
        Div question = new Div(new Paragraph(text), wrap(before, after));
        before.setAriaLabel(text + ": how many said yes before");
        after.setAriaLabel(text + ": how many said yes after");
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
        final TextField what = new TextField("Spent on");
        final BigDecimalField amount = new BigDecimalField("Amount (£)");

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
