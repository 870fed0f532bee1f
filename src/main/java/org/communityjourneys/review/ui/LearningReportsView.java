package org.communityjourneys.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.review.domain.LearningReportRequest;
import org.communityjourneys.review.service.LearningReviewService;

/**
 * Facilitators chase reports gently: the learning reports that are overdue, each with a link to
 * record it for the group after a conversation.
 */
@Route("learning-reports")
@PageTitle("Overdue learning reports | Community Journeys")
@Menu(title = "Learning reports", order = 55, icon = "vaadin:notebook")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class LearningReportsView extends Main {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    final Grid<LearningReportRequest> overdue = new Grid<>();

    public LearningReportsView(LearningReviewService reviews, ChestService chest) {
        addClassName("page");
        List<LearningReportRequest> late = reviews.overdue();
        overdue.setId("overdue-reports");
        overdue.addColumn(request -> chest.fundedGrant(request.getGrantId()).title()).setHeader("Project").setFlexGrow(1);
        overdue.addColumn(request -> DAY.format(request.getDueAt())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        overdue.addComponentColumn(request -> {
            Anchor record = new Anchor("learning-reports/" + request.getTaskId(), "Record for the group");
            record.setId("record-report-" + request.getGrantId());
            return record;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        overdue.setItems(late);
        overdue.setAllRowsVisible(true);
        add(new H1("Overdue learning reports"),
                new Paragraph(late.isEmpty() ? "No report is overdue."
                        : "Give the group a call rather than another email. After the conversation you can record the "
                                + "report for them."),
                overdue);
    }
}
