package org.communityjourneys.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;

/** The audit log, newest first, for governance leads and administrators. */
@Route("audit")
@PageTitle("Audit log | Community Journeys")
@Menu(title = "Audit log", order = 90, icon = "vaadin:clipboard-text")
@RolesAllowed({"GOVERNANCE", "ADMIN"})
public class AuditLogView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/London"));

    public AuditLogView(AuditLog log) {
        addClassName("page");
        setSizeFull();
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.setId("audit-grid");
        grid.addColumn(entry -> WHEN.format(entry.getOccurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::getAction).setHeader("What").setAutoWidth(true);
        grid.addColumn(entry -> entry.getSubjectType() + " " + entry.getSubjectId()).setHeader("About").setAutoWidth(true);
        grid.addColumn(AuditEntry::getDetail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(query -> log.latest(query.getPage(), query.getPageSize()).stream(), query -> (int) log.count());
        add(new H1("Audit log"), grid);
    }
}
