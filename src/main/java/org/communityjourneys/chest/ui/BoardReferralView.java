package org.communityjourneys.chest.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.ui.Moments;

/**
 * A governance lead records the board's decision on a grant over £20,000 or high risk: the
 * application summary, then approve or decline with a reason ("Board referral" task).
 */
@TaskScreen(GrantPanelService.BOARD_SCREEN)
@Route("grants/:grantId/board")
@RolesAllowed(Role.Names.GOVERNANCE)
public class BoardReferralView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantPanelService panel;
    private final GrantApplicationService applications;
    private final ChestService chest;
    GrantDecisionPanel decision;

    public BoardReferralView(GrantPanelService panel, GrantApplicationService applications, ChestService chest) {
        this.panel = panel;
        this.applications = applications;
        this.chest = chest;
        addClassNames("page", "board-referral");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.board.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = GrantScreens.taskId(event);
        UUID grantId = GrantScreens.grantId(event).orElse(null);
        Grant grant = GrantScreens.grant(chest, grantId).orElse(null);
        if (grant == null) {
            add(new H1(getTranslation("chest.board.title")), new Paragraph(getTranslation("chest.noSuchGrant")));
            return;
        }
        add(new H1(getTranslation("chest.board.heading", grant.getTitle())));
        Paragraph why = new Paragraph(getTranslation(grant.isChildrenOrVulnerableAdults() && grant.isFirstTimeGroup()
                ? "chest.board.whyFirstTimeGroup" : "chest.board.why", Moments.money(grant.getAmountPence())));
        why.setId("board-why");
        add(why);
        if (grant.getStatus() != GrantStatus.ROUTED || taskId == null) {
            Paragraph status = new Paragraph(grant.getStatus() != GrantStatus.ROUTED ? getTranslation("chest.decided")
                    : getTranslation("chest.board.openFromTasks"));
            status.setId("board-status");
            add(status);
        } else {
            decision = new GrantDecisionPanel("board", grant.getAmountPence(), grant.getVotedPence(),
                    (approve, reason, pence, amountReason) -> panel.boardDecides(grantId, taskId, approve, reason, pence,
                            amountReason));
            add(decision);
        }
        add(new ApplicationSummary(grant, applications.find(grantId)));
    }
}
