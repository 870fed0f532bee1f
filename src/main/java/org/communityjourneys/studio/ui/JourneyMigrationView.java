package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.communityjourneys.studio.domain.MigrationPreview;
import org.communityjourneys.studio.domain.MigrationPreview.InstancePlan;
import org.communityjourneys.studio.domain.MigrationReport;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelSummary;
import org.communityjourneys.studio.domain.ModelVersion;
import org.communityjourneys.studio.service.JourneyMigration;
import org.communityjourneys.studio.service.ModelLibrary;

/**
 * Moves running journeys from an older process version to a newer one: pick the process and the
 * versions, preview the plan (what maps, which journeys cannot move and why), migrate the chosen
 * journeys in one batch and read the report. Journeys that cannot be mapped stay as they are.
 */
@Route("govern/migrate")
@RolesAllowed("GOVERNANCE")
public class JourneyMigrationView extends Main implements HasDynamicTitle {

    final ComboBox<ModelSummary> process = new ComboBox<>(getTranslation("studio.migrate.process"));
    final ComboBox<ModelVersion> from = new ComboBox<>(getTranslation("studio.migrate.from"));
    final ComboBox<ModelVersion> to = new ComboBox<>(getTranslation("studio.migrate.to"));
    final Button preview = new Button(getTranslation("studio.migrate.preview"));
    final Paragraph plan = new Paragraph();
    final Grid<InstancePlan> instances = new Grid<>(InstancePlan.class, false);
    final Button chooseAll = new Button(getTranslation("studio.migrate.chooseAll"));
    final Button migrate = new Button(getTranslation("studio.migrate.run"));
    final Div report = new Div();

    private final JourneyMigration migration;
    private MigrationPreview shown;

    public JourneyMigrationView(ModelLibrary library, JourneyMigration migration) {
        this.migration = migration;
        addClassName("page");
        addClassName("studio");
        process.setId("studio-migrate-process");
        from.setId("studio-migrate-from");
        to.setId("studio-migrate-to");
        preview.setId("studio-migrate-preview");
        plan.setId("studio-migrate-plan");
        instances.setId("studio-migrate-instances");
        migrate.setId("studio-migrate-run");
        chooseAll.setId("studio-migrate-all");
        report.setId("studio-migrate-report");
        report.getElement().setAttribute("role", "status");

        process.setItems(library.models().stream().filter(model -> model.kind() == ModelKind.PROCESS).toList());
        process.setItemLabelGenerator(model -> getTranslation("studio.migrate.processItem", model.name(), model.key()));
        process.addValueChangeListener(event -> chooseProcess(event.getValue()));
        from.setItemLabelGenerator(version -> getTranslation("studio.migrate.fromItem", String.valueOf(version.version()),
                String.valueOf(version.runningInstances()), StudioText.when(version.deployedAt())));
        to.setItemLabelGenerator(version -> version.comment() == null || version.comment().isBlank()
                ? getTranslation("studio.migrate.toItem", String.valueOf(version.version()), StudioText.when(version.deployedAt()))
                : getTranslation("studio.migrate.toItemWithComment", String.valueOf(version.version()),
                        StudioText.when(version.deployedAt()), version.comment()));
        from.addValueChangeListener(event -> clearPlan());
        to.addValueChangeListener(event -> clearPlan());
        preview.addClickListener(event -> showPreview());

        instances.setSelectionMode(Grid.SelectionMode.MULTI);
        instances.addColumn(InstancePlan::businessKey).setHeader(getTranslation("studio.migrate.journey")).setAutoWidth(true);
        instances.addColumn(instance -> String.join(", ", instance.activeActivities()))
                .setHeader(getTranslation("studio.migrate.waitingAt")).setAutoWidth(true);
        instances.addColumn(instance -> getTranslation(instance.migratable() ? "studio.migrate.canMove" : "studio.migrate.cannotMove"))
                .setHeader(getTranslation("studio.migrate.plan")).setAutoWidth(true);
        instances.addColumn(instance -> String.join("; ", instance.problems()))
                .setHeader(getTranslation("studio.migrate.whyNot")).setFlexGrow(1);
        instances.setAllRowsVisible(true);
        instances.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        instances.addSelectionListener(event -> migrate.setEnabled(!event.getAllSelectedItems().isEmpty()));
        instances.addItemClickListener(event -> {
            if (instances.getSelectedItems().contains(event.getItem())) {
                instances.deselect(event.getItem());
            } else if (event.getItem().migratable()) {
                instances.select(event.getItem());
            }
        });
        chooseAll.addClickListener(event -> {
            if (shown != null) {
                shown.migratable().forEach(instances::select);
            }
        });
        migrate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        migrate.addClickListener(event -> migrateChosen());
        clearPlan();

        FlexLayout choice = new FlexLayout(process, from, to, preview);
        choice.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choice.setAlignItems(FlexLayout.Alignment.BASELINE);
        choice.getStyle().set("gap", "var(--lumo-space-m)");
        add(new RouterLink(getTranslation("studio.backToModels"), ModelLibraryView.class),
                new H1(getTranslation("studio.migrate.heading")), new Paragraph(getTranslation("studio.migrate.intro")),
                choice, plan, instances, new FlexLayout(chooseAll, migrate), new H2(getTranslation("studio.migrate.report")), report);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("studio.migrate.pageName"));
    }

    private void chooseProcess(ModelSummary model) {
        clearPlan();
        if (model == null) {
            from.setItems(List.of());
            to.setItems(List.of());
            return;
        }
        from.setItems(model.versions().stream().filter(version -> version.runningInstances() > 0).toList());
        to.setItems(model.versions());
        to.setValue(model.latest());
    }

    private void clearPlan() {
        shown = null;
        plan.setText("");
        instances.setItems(List.of());
        instances.setVisible(false);
        chooseAll.setVisible(false);
        migrate.setEnabled(false);
    }

    void showPreview() {
        if (from.getValue() == null || to.getValue() == null) {
            plan.setText(getTranslation("studio.migrate.chooseVersions"));
            return;
        }
        if (from.getValue().version() == to.getValue().version()) {
            plan.setText(getTranslation("studio.migrate.twoVersions"));
            return;
        }
        try {
            shown = migration.preview(from.getValue().definitionId(), to.getValue().definitionId(), List.of());
            plan.setText(getTranslation("studio.migrate.planText", String.valueOf(shown.mappedActivities().size()),
                    joined(shown.unmappedActivities()), String.valueOf(shown.migratable().size()),
                    String.valueOf(shown.instances().size())));
            instances.setItems(shown.instances());
            instances.setVisible(true);
            chooseAll.setVisible(true);
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
    }

    void migrateChosen() {
        if (shown == null || instances.getSelectedItems().isEmpty()) {
            report.setText(getTranslation("studio.migrate.previewFirst"));
            return;
        }
        List<String> chosen = instances.getSelectedItems().stream().map(InstancePlan::processInstanceId).toList();
        try {
            MigrationReport done = migration.migrate(shown.sourceDefinitionId(), shown.targetDefinitionId(), chosen);
            String moved = getTranslation("studio.migrate.moved", done.migrated().size(), String.valueOf(done.migrated().size()));
            report.setText(done.leftAsTheyAre().isEmpty() ? moved : moved + " " + getTranslation("studio.migrate.leftAsTheyAre",
                    String.join(", ", done.leftAsTheyAre().stream()
                            .map(left -> left.businessKey() + " (" + String.join("; ", left.problems()) + ")").toList())));
            clearPlan();
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
    }

    private String joined(List<String> ids) {
        return ids.isEmpty() ? getTranslation("studio.migrate.none") : String.join(", ", ids);
    }
}
