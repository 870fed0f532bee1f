package org.communityjourneys.chest.ui;

import org.communityjourneys.shared.ui.TaskScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.communityjourneys.chest.domain.FundingPrinciple;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.domain.GrantStatus;
import org.communityjourneys.chest.domain.SubmittedApplication;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.GrantApplicationService;
import org.communityjourneys.chest.service.GrantPanelService;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.shared.ui.Translations;

/**
 * A panel member scores a grant application: each of the five funding principles 1 (weak) to 5
 * (strong) with a comment. Two different members score each application; the screen completes
 * one of the two "Panel review" tasks, opened from My tasks.
 */
@TaskScreen(GrantPanelService.PANEL_SCREEN)
@Route("grants/:grantId/panel")
@RolesAllowed(Role.Names.PANEL)
public class PanelReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantPanelService panel;
    private final GrantApplicationService applications;
    private final ChestService chest;
    final Map<FundingPrinciple, RadioButtonGroup<Integer>> scores = new EnumMap<>(FundingPrinciple.class);
    final Map<FundingPrinciple, TextArea> comments = new EnumMap<>(FundingPrinciple.class);
    final Button submit = new Button(getTranslation("chest.panel.send"));
    final Div problem = GrantScreens.problemArea("panel-problem");
    private UUID grantId;
    private String taskId;

    public PanelReviewView(GrantPanelService panel, GrantApplicationService applications, ChestService chest) {
        this.panel = panel;
        this.applications = applications;
        this.chest = chest;
        addClassNames("page", "panel-review");
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            String name = ApplicationSummary.principleName(principle);
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("chest.panel.score", name));
            score.setId("score-" + principle.name());
            score.setItems(List.of(1, 2, 3, 4, 5));
            score.setRequiredIndicatorVisible(true);
            scores.put(principle, score);
            TextArea comment = new TextArea(getTranslation("chest.panel.comment", name));
            comment.setId("comment-" + principle.name());
            comment.setRequiredIndicatorVisible(true);
            comment.setMaxLength(2000);
            comment.setWidthFull();
            comments.put(principle, comment);
        }
        submit.setId("submit-scores");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(event -> submit());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("chest.panel.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        problem.setVisible(false);
        taskId = GrantScreens.taskId(event);
        grantId = GrantScreens.grantId(event).orElse(null);
        Grant grant = find(grantId);
        if (grant == null) {
            add(new H1(getTranslation("chest.panel.title")), new Paragraph(getTranslation("chest.noSuchGrant")));
            return;
        }
        add(new H1(getTranslation("chest.panel.heading", grant.getTitle())));
        Optional<SubmittedApplication> application = applications.find(grantId);
        String why = grant.getStatus() != GrantStatus.ROUTED ? getTranslation("chest.decided")
                : taskId == null ? getTranslation("chest.panel.openFromTasks")
                : panel.hasScored(grantId) ? getTranslation("chest.panel.scoredAlready")
                : null;
        if (why != null) {
            Paragraph status = new Paragraph(why);
            status.setId("panel-status");
            add(status, new ApplicationSummary(grant, application));
            return;
        }
        add(new ApplicationSummary(grant, application), new H2(getTranslation("chest.panel.yourScores")), problem);
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            Paragraph answer = new Paragraph(getTranslation("chest.panel.theirAnswer", ApplicationSummary.answerOf(application, principle)));
            add(new H3(ApplicationSummary.principleName(principle)), answer, scores.get(principle), comments.get(principle));
        }
        add(submit);
    }

    private Grant find(UUID id) {
        return GrantScreens.grant(chest, id).orElse(null);
    }

    void submit() {
        problem.setVisible(false);
        Map<FundingPrinciple, Integer> values = new EnumMap<>(FundingPrinciple.class);
        Map<FundingPrinciple, String> texts = new EnumMap<>(FundingPrinciple.class);
        boolean missing = false;
        for (FundingPrinciple principle : FundingPrinciple.values()) {
            RadioButtonGroup<Integer> score = scores.get(principle);
            TextArea comment = comments.get(principle);
            score.setInvalid(score.getValue() == null);
            score.setErrorMessage(getTranslation("chest.panel.chooseScore"));
            comment.setInvalid(comment.getValue().isBlank());
            comment.setErrorMessage(getTranslation("chest.panel.addComment"));
            missing |= score.isInvalid() || comment.isInvalid();
            values.put(principle, score.getValue());
            texts.put(principle, comment.getValue());
        }
        if (missing) {
            GrantScreens.show(problem, getTranslation("chest.panel.scoreEvery"));
            return;
        }
        try {
            panel.score(grantId, taskId, values, texts);
            Notification.show(getTranslation("chest.panel.sent"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (RuntimeException refused) {
            GrantScreens.show(problem, Translations.explain(refused));
        }
    }
}
