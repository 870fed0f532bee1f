package org.communityjourneys.tasks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.tasks.domain.TaskSummary;
import org.communityjourneys.tasks.service.TaskInbox;

/**
 * The person's task list: tasks assigned to them, and unclaimed tasks of their groups. The texts
 * come from the bundles through {@link Translations#text} (the UI's language), so the list speaks
 * even on a UI without Vaadin's I18NProvider; task names are the models' own.
 */
@Route("tasks")
@Menu(title = "My tasks", order = 10, icon = "vaadin:tasks")
@PermitAll
public class TasksView extends Main implements HasDynamicTitle {

    /** Below this width (px) the secondary columns are hidden and the journey goes under the task name. */
    static final int NARROW = 640;

    private final TaskInbox inbox;
    private final String username;
    private final Set<Role> roles;
    private final Tab mineTab = new Tab(Translations.text("tasks.tab.mine"));
    private final Tab groupsTab = new Tab(Translations.text("tasks.tab.groups"));
    private final Tabs tabs = new Tabs(mineTab, groupsTab);
    private final Grid<TaskSummary> grid = new Grid<>();
    private final Span empty = new Span();
    private Grid.Column<TaskSummary> journeyColumn;
    private Grid.Column<TaskSummary> createdColumn;
    private Grid.Column<TaskSummary> groupColumn;

    public TasksView(TaskInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.username = currentUser.require();
        this.roles = currentUser.roles();
        addClassName("page");
        setWidthFull();
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(change -> refresh());
        buildGrid();
        empty.addClassName("tasks-empty");
        add(new H1(Translations.text("tasks.title")), tabs, empty, grid);
        if (inbox.countMine(username) == 0 && inbox.countForGroups(roles, username) > 0) {
            tabs.setSelectedTab(groupsTab);
        }
        refresh();
    }

    private void buildGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.setAriaLabel(Translations.text("tasks.grid"));
        grid.addComponentColumn(this::taskCell).setHeader(Translations.text("tasks.column.task"))
                .setKey("name").setSortProperty("name").setFlexGrow(2).setAutoWidth(false).setResizable(true);
        journeyColumn = grid.addColumn(TaskSummary::journeyLabel).setHeader(Translations.text("tasks.column.journey"))
                .setKey("journey").setAutoWidth(true).setFlexGrow(1);
        createdColumn = grid.addColumn(task -> TaskBadges.day(task.created()))
                .setHeader(Translations.text("tasks.column.created"))
                .setKey("created").setSortProperty("created").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::dueCell).setHeader(Translations.text("tasks.column.due"))
                .setKey("due").setSortProperty("due").setAutoWidth(true).setFlexGrow(0);
        groupColumn = grid.addColumn(task -> TaskBadges.groups(task.candidateGroups()))
                .setHeader(Translations.text("tasks.column.group")).setKey("group").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        attachEvent.getUI().getPage().addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
    }

    /** On a phone only the task (with its journey underneath), due date and buttons stay. */
    void fitTo(int width) {
        boolean narrow = width > 0 && width < NARROW;
        journeyColumn.setVisible(!narrow);
        createdColumn.setVisible(!narrow);
        groupColumn.setVisible(!narrow);
        grid.getElement().setAttribute("data-narrow", Boolean.toString(narrow));
    }

    @Override
    public String getPageTitle() {
        return Translations.text("tasks.title");
    }

    private boolean showingMine() {
        return tabs.getSelectedTab() != groupsTab;
    }

    void refresh() {
        long mine = inbox.countMine(username);
        long groups = inbox.countForGroups(roles, username);
        mineTab.setLabel(Translations.text("tasks.tab.mineCount", Long.toString(mine)));
        groupsTab.setLabel(Translations.text("tasks.tab.groupsCount", Long.toString(groups)));
        boolean showMine = showingMine();
        long shown = showMine ? mine : groups;
        empty.setText(shown > 0 ? "" : showMine
                ? Translations.text("tasks.empty.mine") : Translations.text("tasks.empty.groups"));
        empty.setVisible(shown == 0);
        grid.setVisible(shown > 0);
        grid.setItems(this::page, query -> (int) Math.min(Integer.MAX_VALUE,
                showingMine() ? inbox.countMine(username) : inbox.countForGroups(roles, username)));
    }

    private Stream<TaskSummary> page(Query<TaskSummary, Void> query) {
        TaskInbox.SortBy sortBy = TaskInbox.SortBy.CREATED;
        boolean ascending = false;
        List<QuerySortOrder> orders = query.getSortOrders();
        if (!orders.isEmpty()) {
            QuerySortOrder order = orders.get(0);
            sortBy = switch (order.getSorted()) {
                case "name" -> TaskInbox.SortBy.NAME;
                case "due" -> TaskInbox.SortBy.DUE;
                default -> TaskInbox.SortBy.CREATED;
            };
            ascending = order.getDirection() == SortDirection.ASCENDING;
        }
        List<TaskSummary> page = showingMine()
                ? inbox.mine(username, query.getOffset(), query.getLimit(), sortBy, ascending)
                : inbox.forGroups(roles, username, query.getOffset(), query.getLimit(), sortBy, ascending);
        return page.stream();
    }

    private Component taskCell(TaskSummary task) {
        Div name = new Div(new Span(task.name() == null ? Translations.text("tasks.unnamed") : task.name()));
        name.getStyle().set("font-weight", "600");
        Div journey = new Div(new Span(task.journeyLabel()));
        journey.addClassName("task-journey");
        journey.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(name, journey);
    }

    private Component dueCell(TaskSummary task) {
        HorizontalLayout due = new HorizontalLayout(new Span(TaskBadges.due(task.due(), Instant.now())));
        due.setSpacing(true);
        due.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (task.overdueAt(Instant.now())) {
            due.add(TaskBadges.overdue());
        }
        return due;
    }

    private Component actions(TaskSummary task) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (!task.claimed()) {
            buttons.add(small(Translations.text("tasks.claim"), () -> {
                inbox.claim(task.id(), username, roles);
                say(Translations.text("tasks.claimed", task.name()), false);
            }));
        } else if (username.equals(task.assignee())) {
            buttons.add(small(Translations.text("tasks.unclaim"), () -> {
                inbox.unclaim(task.id(), username, roles);
                say(Translations.text("tasks.unclaimed", task.name()), false);
            }));
        }
        Button open = new Button(Translations.text("tasks.open"), click -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setAriaLabel(Translations.text("tasks.openNamed", task.name()));
        buttons.add(open);
        return buttons;
    }

    private Button small(String caption, Runnable action) {
        Button button = new Button(caption, click -> {
            try {
                action.run();
            } catch (RuntimeException refused) {
                say(Translations.explain(refused), true);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void open(TaskSummary task) {
        getUI().ifPresent(ui -> ui.navigate("tasks/" + task.id()));
    }

    private static void say(String message, boolean problem) {
        Notification notification = Notification.show(message, problem ? 5000 : 3000, Notification.Position.BOTTOM_START);
        if (problem) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
