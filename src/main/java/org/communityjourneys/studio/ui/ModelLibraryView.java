package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.studio.domain.DeployOutcome;
import org.communityjourneys.studio.domain.DeploymentRequest;
import org.communityjourneys.studio.domain.FourEyesOffRequest;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelSummary;
import org.communityjourneys.studio.domain.ModelVersion;
import org.communityjourneys.studio.service.FourEyesSetting;
import org.communityjourneys.studio.service.ModelDeployments;
import org.communityjourneys.studio.service.ModelLibrary;

/**
 * The governance studio's model library: every process, decision and form with its versions
 * (who deployed each, when, why, how many journeys run on it), downloads, roll-back, new forms,
 * the four-eyes setting (switching it off waits for a second governance lead too) and the
 * deployments waiting for a second governance lead.
 */
@Route("govern/models")
@PageTitle("Models | Community Journeys")
@Menu(title = "Models", order = 80, icon = "vaadin:file-tree")
@RolesAllowed("GOVERNANCE")
public class ModelLibraryView extends Main {

    final Grid<ModelSummary> models = new Grid<>(ModelSummary.class, false);
    final Grid<ModelVersion> versions = new Grid<>(ModelVersion.class, false);
    final H2 versionsTitle = new H2("Versions");
    final Checkbox fourEyes = new Checkbox("Four-eyes: a second governance lead approves each deployment");
    final Paragraph fourEyesOffRequest = new Paragraph();
    final Button approveFourEyesOff = new Button("Approve switching four-eyes off");
    final Button withdrawFourEyesOff = new Button("Keep four-eyes on");
    final Grid<DeploymentRequest> pending = new Grid<>(DeploymentRequest.class, false);
    final ComboBox<ModelKind> newKind = new ComboBox<>("Kind");
    final TextField newKey = new TextField("Key of the new model");
    final Button createNew = new Button("Create");

    private final ModelLibrary library;
    private final ModelDeployments deployments;
    private final FourEyesSetting fourEyesSetting;
    private final CurrentUser currentUser;

    public ModelLibraryView(ModelLibrary library, ModelDeployments deployments, FourEyesSetting fourEyesSetting, CurrentUser currentUser) {
        this.library = library;
        this.deployments = deployments;
        this.fourEyesSetting = fourEyesSetting;
        this.currentUser = currentUser;
        addClassName("page");
        addClassName("studio");
        models.setId("studio-models");
        versions.setId("studio-versions");
        versionsTitle.setId("studio-versions-title");
        fourEyes.setId("studio-four-eyes");
        fourEyesOffRequest.setId("studio-four-eyes-off-request");
        approveFourEyesOff.setId("studio-four-eyes-off-approve");
        withdrawFourEyesOff.setId("studio-four-eyes-off-withdraw");
        pending.setId("studio-pending");
        newKind.setId("studio-new-kind");
        newKey.setId("studio-new-key");
        createNew.setId("studio-new-create");

        models.addColumn(model -> model.kind().label()).setHeader("Kind").setAutoWidth(true).setSortable(true);
        models.addColumn(ModelSummary::name).setHeader("Name").setFlexGrow(1).setSortable(true);
        models.addColumn(ModelSummary::key).setHeader("Key").setAutoWidth(true);
        models.addColumn(model -> "v" + model.latest().version()).setHeader("Latest").setAutoWidth(true);
        models.addColumn(model -> model.versions().stream().mapToLong(ModelVersion::runningInstances).sum())
                .setHeader("Running").setAutoWidth(true);
        models.addComponentColumn(model -> {
            RouterLink edit = new RouterLink("Edit", ModelEditorView.class, ModelEditorView.parameters(model.kind(), model.key()));
            edit.setId("studio-edit-" + model.kind().name().toLowerCase(Locale.ROOT) + "-" + model.key());
            edit.getElement().setAttribute("aria-label", "Edit " + model.name());
            return edit;
        }).setHeader("Editor").setAutoWidth(true);
        models.setAllRowsVisible(true);
        models.addSelectionListener(event -> showVersions(event.getFirstSelectedItem()));

        versions.addColumn(version -> "v" + version.version()).setHeader("Version").setAutoWidth(true);
        versions.addColumn(ModelVersion::deployedBy).setHeader("Deployed by").setAutoWidth(true);
        versions.addColumn(version -> StudioText.when(version.deployedAt())).setHeader("When").setAutoWidth(true);
        versions.addColumn(ModelVersion::comment).setHeader("Why").setFlexGrow(1);
        versions.addColumn(ModelVersion::runningInstances).setHeader("Running journeys").setAutoWidth(true);
        versions.addComponentColumn(this::downloadLink).setHeader("File").setAutoWidth(true);
        versions.addComponentColumn(this::rollBackButton).setHeader("Roll back").setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.setVisible(false);
        versionsTitle.setVisible(false);

        fourEyes.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changeFourEyes(event.getValue());
            }
        });
        approveFourEyesOff.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        approveFourEyesOff.addClickListener(event -> decideFourEyesOff(true));
        withdrawFourEyesOff.addThemeVariants(ButtonVariant.LUMO_SMALL);
        withdrawFourEyesOff.addClickListener(event -> decideFourEyesOff(false));

        pending.addColumn(DeploymentRequest::requestedBy).setHeader("Asked by").setAutoWidth(true);
        pending.addColumn(request -> StudioText.when(request.requestedAt())).setHeader("When").setAutoWidth(true);
        pending.addColumn(request -> request.files().stream().map(file -> file.fileName()).collect(Collectors.joining(", ")))
                .setHeader("Files").setAutoWidth(true);
        pending.addColumn(DeploymentRequest::comment).setHeader("Why").setFlexGrow(1);
        pending.addComponentColumn(this::decisionButtons).setHeader("Decide").setAutoWidth(true);
        pending.setAllRowsVisible(true);

        newKind.setItems(ModelKind.values());
        newKind.setItemLabelGenerator(ModelKind::label);
        newKind.setValue(ModelKind.FORM);
        newKey.setHelperText("Lower-case letters, digits and dashes, e.g. celebration-event");
        newKey.setPattern("[a-z][a-z0-9-]*");
        createNew.addClickListener(event -> createNew());

        add(new H1("Models"),
                new Paragraph("The processes, decisions and forms that journeys run on. Open one in the editor to change it; "
                        + "each deployment becomes a new version, and journeys already running stay on their version "
                        + "until you migrate them."),
                new RouterLink("Migrate running journeys to a newer version", JourneyMigrationView.class),
                models, versionsTitle, versions,
                new H2("New model"), newModelForm(),
                new H2("Deployments waiting for approval"), fourEyes,
                new HorizontalLayout(fourEyesOffRequest, approveFourEyesOff, withdrawFourEyesOff), pending);
        refresh();
    }

    private FlexLayout newModelForm() {
        FlexLayout form = new FlexLayout(newKind, newKey, createNew);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        return form;
    }

    void refresh() {
        Optional<ModelSummary> selected = models.getSelectedItems().stream().findFirst();
        List<ModelSummary> all = library.models();
        models.setItems(all);
        selected.flatMap(before -> all.stream().filter(model -> model.kind() == before.kind() && model.key().equals(before.key()))
                .findFirst()).ifPresent(models::select);
        fourEyes.setValue(fourEyesSetting.on());
        showFourEyesOffRequest();
        pending.setItems(deployments.pending());
    }

    private void showFourEyesOffRequest() {
        Optional<FourEyesOffRequest> request = fourEyesSetting.fourEyesOffRequest();
        boolean mine = request.map(found -> found.requestedBy().equals(currentUser.require())).orElse(false);
        fourEyesOffRequest.setVisible(request.isPresent());
        approveFourEyesOff.setVisible(request.isPresent() && !mine);
        withdrawFourEyesOff.setVisible(request.isPresent());
        withdrawFourEyesOff.setText(mine ? "Withdraw my request" : "Keep four-eyes on");
        request.ifPresent(found -> fourEyesOffRequest.setText((mine ? "You" : found.requestedBy()) + " asked on "
                + StudioText.when(found.requestedAt()) + " to switch four-eyes off. It stays on until a different "
                + "governance lead approves."));
    }

    private void showVersions(Optional<ModelSummary> model) {
        versions.setVisible(model.isPresent());
        versionsTitle.setVisible(model.isPresent());
        model.ifPresent(found -> {
            versionsTitle.setText("Versions of " + found.name());
            versions.setItems(found.versions());
        });
    }

    private Anchor downloadLink(ModelVersion version) {
        Anchor link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            var file = library.download(version.kind(), version.key(), version.version());
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(file.content()),
                    file.fileName(), contentType(version), file.content().length);
        }), "Download");
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", "Download version " + version.version() + " of " + version.key());
        link.setId("studio-download-" + version.key() + "-" + version.version());
        return link;
    }

    private static String contentType(ModelVersion version) {
        return version.kind() == ModelKind.FORM ? "application/json" : "application/xml";
    }

    private Button rollBackButton(ModelVersion version) {
        Button button = new Button("Deploy again");
        button.setId("studio-rollback-" + version.key() + "-" + version.version());
        button.getElement().setAttribute("aria-label", "Deploy version " + version.version() + " of " + version.key()
                + " again as the newest");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean latest = models.getSelectedItems().stream().findFirst()
                .map(model -> model.latest().version() == version.version()).orElse(false);
        button.setEnabled(!latest);
        button.addClickListener(event -> askRollBack(version));
        return button;
    }

    private void askRollBack(ModelVersion version) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Roll back " + version.key() + " to version " + version.version());
        TextArea comment = new TextArea("Why (kept in the version history)");
        comment.setId("studio-rollback-comment");
        comment.setRequired(true);
        comment.setWidthFull();
        Button confirm = new Button("Deploy version " + version.version() + " again", event -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage("Say why you roll back.");
                return;
            }
            try {
                DeployOutcome outcome = deployments.rollBack(version.kind(), version.key(), version.version(), comment.getValue());
                dialog.close();
                StudioText.showOutcome(outcome);
                refresh();
            } catch (RuntimeException problem) {
                StudioText.showProblem(problem);
            }
        });
        confirm.setId("studio-rollback-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", event -> dialog.close());
        dialog.add(new Paragraph("This deploys the old version as a new, newest version. Running journeys stay where they are."),
                comment);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private HorizontalLayout decisionButtons(DeploymentRequest request) {
        Button approve = new Button("Approve", event -> {
            try {
                StudioText.showOutcome(deployments.approve(request.id()));
                refresh();
            } catch (RuntimeException problem) {
                StudioText.showProblem(problem);
            }
        });
        approve.setId("studio-approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button("Reject", event -> askReject(request));
        reject.setId("studio-reject-" + request.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, reject);
    }

    private void askReject(DeploymentRequest request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reject the deployment asked for by " + request.requestedBy());
        TextArea reason = new TextArea("Reason");
        reason.setId("studio-reject-reason");
        reason.setWidthFull();
        Button confirm = new Button("Reject", event -> {
            try {
                deployments.reject(request.id(), reason.getValue());
                dialog.close();
                Notification.show("Deployment rejected.");
                refresh();
            } catch (RuntimeException problem) {
                StudioText.showProblem(problem);
            }
        });
        confirm.setId("studio-reject-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), confirm);
        dialog.open();
    }

    private void changeFourEyes(boolean on) {
        try {
            if (on) {
                fourEyesSetting.switchFourEyesOn();
                Notification.show("From now on a second governance lead approves each deployment.");
            } else {
                fourEyesSetting.requestFourEyesOff();
                Notification.show("Four-eyes stays on until a different governance lead approves switching it off.");
            }
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
        refresh();
    }

    private void decideFourEyesOff(boolean approve) {
        try {
            if (approve) {
                fourEyesSetting.approveFourEyesOff();
                Notification.show("Four-eyes is off: deployments go live without a second approval.");
            } else {
                fourEyesSetting.withdrawFourEyesOff();
                Notification.show("Four-eyes stays on.");
            }
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
        refresh();
    }

    private void createNew() {
        String key = newKey.getValue().trim();
        if (newKind.getValue() == null) {
            newKind.setInvalid(true);
            newKind.setErrorMessage("Choose what to create.");
            return;
        }
        if (!key.matches("[a-z][a-z0-9-]{1,62}")) {
            newKey.setInvalid(true);
            newKey.setErrorMessage("Use lower-case letters, digits and dashes, starting with a letter.");
            return;
        }
        if (library.model(newKind.getValue(), key).isPresent()) {
            newKey.setInvalid(true);
            newKey.setErrorMessage("There is already a " + newKind.getValue().label().toLowerCase(Locale.ROOT)
                    + " with this key; open it from the list.");
            return;
        }
        UI.getCurrent().navigate(ModelEditorView.class, ModelEditorView.parameters(newKind.getValue(), key));
    }
}
