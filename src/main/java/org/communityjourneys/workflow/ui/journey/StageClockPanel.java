package org.communityjourneys.workflow.ui.journey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.UUID;
import org.communityjourneys.chest.domain.Grant;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.review.service.LearningReviewClock;
import org.communityjourneys.voting.service.VoteClock;
import org.communityjourneys.voting.service.VoteService;

/**
 * The facilitator's stage clocks on the journey page: open the vote now, close it now, and ask a
 * paid grant's group for its learning report now. Each asks for confirmation first, because none
 * can be undone; the services check the role and the journey's state again.
 */
class StageClockPanel extends Section {

    /** What a confirmed button does; returns what to tell the facilitator. */
    interface Act {
        String run();
    }

    private final Div problem = new Div();
    private final Runnable refresh;

    StageClockPanel(Journey journey, String me, VoteService votes, VoteClock voteClock, ChestService chest,
            LearningReviewClock reviews, Runnable refresh) {
        this.refresh = refresh;
        setId("stage-clocks");
        addClassName("journey-section");
        problem.setId("stage-clock-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        add(new H2("Stage clocks"), new Paragraph("Move a stage on now instead of at the time set at launch. Each move is"
                + " recorded in the audit log with your name."), problem);
        UUID journeyId = journey.getId();
        if (journey.getStage() == JourneyStage.VOTE_SCHEDULED && !votes.isOpen(journeyId)) {
            add(button("open-vote-now", "Open the vote now", "Open the vote now?",
                    "Residents can vote from this moment. The planned opening time no longer applies.",
                    () -> {
                        voteClock.openNow(journeyId, me);
                        return "The vote is open.";
                    }));
        }
        if (votes.isOpen(journeyId)) {
            add(button("close-vote-now", "Close the vote now", "Close the vote now?",
                    "No ballot is accepted after this, online or on paper, and the count starts. This cannot be undone.",
                    () -> {
                        voteClock.closeNow(journeyId, me);
                        return "The vote is closed; the count follows.";
                    }));
        }
        for (Grant grant : chest.grantsOf(journeyId)) {
            if (reviews.mayAskNow(grant.getId())) {
                add(button("ask-report-now-" + grant.getId(), "Ask \u201c" + grant.getTitle() + "\u201d for its learning report now",
                        "Ask for the learning report now?", "The group is asked today instead of on the date set at payment.",
                        () -> {
                            reviews.askNow(grant.getId(), me);
                            return "The group has been asked for its learning report.";
                        }));
            }
        }
    }

    private Div button(String id, String label, String question, String consequence, Act act) {
        Button button = new Button(label);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(question, consequence, label, confirmed -> run(act));
            confirm.setCancelable(true);
            confirm.setId(id + "-confirm");
            confirm.open();
        });
        return new Div(button);
    }

    private void run(Act act) {
        problem.setVisible(false);
        try {
            String done = act.run();
            Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh.run();
        } catch (RuntimeException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
