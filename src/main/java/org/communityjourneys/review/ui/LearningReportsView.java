package org.communityjourneys.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.review.domain.LearningReportRequest;
import org.communityjourneys.review.service.LearningReviewService;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.ui.Translations;

/**
 * Facilitators chase reports gently: the learning reports that are overdue, each with a link to
 * record it for the group after a conversation.
 */
@Route("learning-reports")
@Menu(title = "Learning reports", order = 55, icon = "vaadin:notebook")
@RolesAllowed({Role.Names.FACILITATOR, Role.Names.GOVERNANCE})
public class LearningReportsView extends Main implements HasDynamicTitle {

    final Grid<LearningReportRequest> overdue = new Grid<>();

    public LearningReportsView(LearningReviewService reviews, ChestService chest) {
        addClassName("page");
        List<LearningReportRequest> late = reviews.overdue();
        overdue.setId("overdue-reports");
        overdue.addColumn(request -> chest.fundedGrant(request.getGrantId()).title()).setHeader(getTranslation("review.overdue.project")).setFlexGrow(1);
        overdue.addColumn(request -> UkTime.day(request.getDueAt(), Translations.current()))
                .setHeader(getTranslation("review.overdue.due")).setAutoWidth(true).setFlexGrow(0);
        overdue.addComponentColumn(request -> {
            Anchor record = new Anchor("learning-reports/" + request.getTaskId(), getTranslation("review.overdue.record"));
            record.setId("record-report-" + request.getGrantId());
            return record;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        overdue.setItems(late);
        overdue.setAllRowsVisible(true);
        add(new H1(getTranslation("review.overdue.title")),
                new Paragraph(getTranslation(late.isEmpty() ? "review.overdue.none" : "review.overdue.intro")),
                overdue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("review.overdue.title"));
    }
}
