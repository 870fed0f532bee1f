package org.communityjourneys.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.communityjourneys.audit.domain.AuditEntry;
import org.communityjourneys.audit.service.AuditLog;
import org.communityjourneys.shared.domain.UkTime;
import org.communityjourneys.shared.ui.Translations;

/**
 * The audit log, newest first, for governance leads and administrators. The headings and the
 * month names are in the reader's language; the entries are shown as recorded.
 */
@Route("audit")
@Menu(title = "Audit log", order = 90, icon = "vaadin:clipboard-text")
@RolesAllowed({"GOVERNANCE", "ADMIN"})
public class AuditLogView extends Main implements HasDynamicTitle {

    public AuditLogView(AuditLog log) {
        addClassName("page");
        setSizeFull();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Translations.current())
                .withZone(UkTime.ZONE);
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.setId("audit-grid");
        grid.addColumn(entry -> when.format(entry.getOccurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getAction).setHeader(getTranslation("audit.column.what")).setAutoWidth(true);
        grid.addColumn(entry -> entry.getSubjectType() + " " + entry.getSubjectId())
                .setHeader(getTranslation("audit.column.about")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getDetail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(1);
        grid.setItems(query -> log.latest(query.getPage(), query.getPageSize()).stream(), query -> (int) log.count());
        add(new H1(getTranslation("audit.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("audit.title"));
    }
}
