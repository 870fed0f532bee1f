package org.communityjourneys.tasks.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communityjourneys.chest.service.ChestService;
import org.communityjourneys.chest.service.FundedGrant;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.tasks.domain.TaskFormSource;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.communityjourneys.tasks.service.TaskInbox;
import org.communityjourneys.forms.ui.FormRenderer;
import org.communityjourneys.forms.ui.RenderedForm;

/**
 * One task: its form-js form rendered as Vaadin fields with a Complete button, or a hand-over to
 * the dedicated screen its {@code screen:} key names. Texts in the UI's language from the bundles
 * ({@link Translations#text}); the task's name and its form's labels are the models' own.
 */
@Route("tasks/:taskId")
@PermitAll
public class TaskView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String EMPTY_FORM = "{\"components\":[]}";

    private final TaskInbox inbox;
    private final TaskScreens screens;
    private final CurrentUser currentUser;
    private final ChestService chest;
    private final FormRenderer renderer = new FormRenderer();

    public TaskView(TaskInbox inbox, TaskScreens screens, CurrentUser currentUser, ChestService chest) {
        this.chest = chest;
        this.inbox = inbox;
        this.screens = screens;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        String username = currentUser.require();
        Set<Role> roles = currentUser.roles();
        Optional<TaskSummary> found = inbox.find(taskId, username, roles);
        if (found.isEmpty()) {
            add(new H1(Translations.text("tasks.task.notAvailable")),
                    new Paragraph(Translations.text("tasks.task.notAvailableWhy")),
                    backLink());
            return;
        }
        TaskSummary task = found.get();
        showHeader(task);
        if (task.claimed() && !username.equals(task.assignee())) {
            add(new Paragraph(Translations.text("tasks.task.claimedBy", task.assignee())), backLink());
            return;
        }
        TaskFormSource source = inbox.formFor(taskId);
        switch (source.kind()) {
            case SCREEN -> openScreen(event, task, source.screen());
            case FORM -> showForm(task, source.formJson(), username, roles);
            case NONE -> showForm(task, EMPTY_FORM, username, roles);
            case UNKNOWN -> add(new Paragraph(Translations.text("tasks.task.unknownForm", source.formKey())), backLink());
        }
    }

    private void showHeader(TaskSummary task) {
        add(new H1(task.name() == null ? Translations.text("tasks.task.title") : task.name()));
        HorizontalLayout facts = new HorizontalLayout();
        facts.getStyle().set("flex-wrap", "wrap");
        if (task.journeyId() != null) {
            facts.add(new Span(Translations.text("tasks.task.journey", task.journeyLabel())));
        }
        grantOf(task).ifPresent(grant -> {
            Span named = new Span(Translations.text("tasks.task.grant", grant.title(), Moments.money(grant.amountPence())));
            named.setId("task-grant");
            facts.add(named);
        });
        if (task.due() != null) {
            facts.add(new Span(Translations.text("tasks.task.due", TaskBadges.moment(task.due()))));
            if (task.overdueAt(Instant.now())) {
                facts.add(TaskBadges.overdue());
            }
        }
        if (!task.candidateGroups().isEmpty()) {
            facts.add(new Span(Translations.text("tasks.task.for", TaskBadges.groups(task.candidateGroups()))));
        }
        add(facts);
    }

    /** The grant a grant's task is about (its agreement, payment, report), so the task names it and its amount. */
    private Optional<FundedGrant> grantOf(TaskSummary task) {
        Object grantId = inbox.variables(task.id()).get("grantId");
        if (grantId == null) {
            return Optional.empty();
        }
        try {
            return chest.findFundedGrant(java.util.UUID.fromString(grantId.toString()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void openScreen(BeforeEnterEvent event, TaskSummary task, String screen) {
        Optional<String> location = screens.locationFor(screen, task.journeyId(), task.id(), inbox.variables(task.id()));
        if (location.isEmpty()) {
            add(new Paragraph(screens.knows(screen)
                    ? Translations.text("tasks.task.screenNeedsJourney", screen)
                    : Translations.text("tasks.task.unknownScreen", screen)), backLink());
            return;
        }
        int query = location.get().indexOf('?');
        String path = query < 0 ? location.get() : location.get().substring(0, query);
        if (RouteConfiguration.forApplicationScope().getRoute(path).isEmpty()) {
            add(new Paragraph(Translations.text("tasks.task.screenNotYet", screen)), backLink());
            return;
        }
        event.forwardTo(path, query < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.get().substring(query + 1)));
    }

    private void showForm(TaskSummary task, String formJson, String username, Set<Role> roles) {
        RenderedForm form;
        try {
            Map<String, Object> existing = inbox.variables(task.id());
            form = renderer.render(formJson, existing);
        } catch (IllegalArgumentException unreadable) {
            add(new Paragraph(Translations.explain(unreadable)), backLink());
            return;
        }
        TaskFormPanel panel = new TaskFormPanel(form, values -> inbox.complete(task.id(), values, username, roles))
                .afterCompletion(() -> {
                    Notification.show(Translations.text("tasks.task.done", task.name()), 3000,
                            Notification.Position.BOTTOM_START);
                    getUI().ifPresent(ui -> ui.navigate(TasksView.class));
                });
        add(panel, backLink());
    }

    @Override
    public String getPageTitle() {
        return Translations.text("tasks.task.title");
    }

    private static RouterLink backLink() {
        RouterLink back = new RouterLink(Translations.text("tasks.task.back"), TasksView.class);
        back.addClassName("back-link");
        return back;
    }
}
