package org.communityjourneys.chest.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.communityjourneys.chest.domain.ConsolidatedScores;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.ui.Translations;

/**
 * The panel chair reads both members' scores side by side (per principle: each score, the mean,
 * the comments) and approves or declines with a reason, completing the "Panel chair decides" task.
 */
@TaskScreen(GrantPanelService.CHAIR_SCREEN)
@Route("grants/:grantId/chair")
@RolesAllowed(Role.Names.PANEL)
public class PanelChairView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantPanelService panel;
    private final GrantApplicationService applications;
    private final ChestService chest;
    final Grid<ConsolidatedScores.Row> scores = new Grid<>();
    GrantDecisionPanel decision;
    private UUID grantId;
    private String taskId;

    public PanelChairView(GrantPanelService panel, GrantApplicationService applications, ChestService chest) {
        this.panel = panel;
        this.applications = applications;
        this.chest = chest;
        addClassNames("page", "panel-chair");
        scores.setId("chair-scores");
        scores.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.chair.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        taskId = GrantScreens.taskId(event);
        grantId = GrantScreens.grantId(event).orElse(null);
        Grant grant = GrantScreens.grant(chest, grantId).orElse(null);
        if (grant == null) {
            add(new H1(getTranslation("chest.chair.title")), new Paragraph(getTranslation("chest.noSuchGrant")));
            return;
        }
        add(new H1(getTranslation("chest.chair.heading", grant.getTitle())));
        ConsolidatedScores consolidated = panel.consolidated(grantId);
        showScores(consolidated);
        Paragraph overall = new Paragraph(getTranslation("chest.chair.overall", mean(consolidated.overallMean())));
        overall.setId("chair-overall");
        add(new H2(getTranslation("chest.chair.scores")), scores, overall, new ApplicationSummary(grant, applications.find(grantId)));
        if (grant.getStatus() != GrantStatus.ROUTED || taskId == null) {
            Paragraph status = new Paragraph(grant.getStatus() != GrantStatus.ROUTED ? getTranslation("chest.decided")
                    : getTranslation("chest.chair.openFromTasks"));
            status.setId("chair-status");
            addComponentAtIndex(1, status);
            return;
        }
        if (panel.hasScored(grantId)) {
            Paragraph status = new Paragraph(getTranslation("chest.chair.scoredItself"));
            status.setId("chair-status");
            addComponentAtIndex(1, status);
            return;
        }
        decision = new GrantDecisionPanel("chair", grant.getAmountPence(), grant.getVotedPence(),
                (approve, reason, pence, why) -> panel.chairDecides(grantId, taskId, approve, reason, pence, why));
        // the chair reads both members' scores and the application first, then decides
        add(decision);
    }

    private void showScores(ConsolidatedScores consolidated) {
        scores.removeAllColumns();
        scores.addColumn(row -> ApplicationSummary.principleName(row.principle())).setHeader(getTranslation("chest.chair.principle"))
                .setFlexGrow(1);
        for (int i = 0; i < consolidated.members().size(); i++) {
            int index = i;
            scores.addColumn(row -> row.scores().get(index)).setHeader(consolidated.members().get(i)).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        scores.addColumn(row -> mean(row.mean())).setHeader(getTranslation("chest.chair.mean")).setAutoWidth(true).setFlexGrow(0);
        scores.addColumn(row -> String.join(" | ", row.comments())).setHeader(getTranslation("chest.chair.comments")).setFlexGrow(2);
        scores.setItems(consolidated.rows());
        scores.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        scores.setAllRowsVisible(true);
    }

    /** A mean score to one decimal place, in the UI's number format ("4.0"). */
    static String mean(double value) {
        return String.format(Translations.current(), "%.1f", value);
    }
}
