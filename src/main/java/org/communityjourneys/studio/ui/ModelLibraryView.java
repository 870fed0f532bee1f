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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(title = "Models", order = 80, icon = "vaadin:file-tree")
@RolesAllowed("GOVERNANCE")
public class ModelLibraryView extends Main implements HasDynamicTitle {

    final Grid<ModelSummary> models = new Grid<>(ModelSummary.class, false);
    final Grid<ModelVersion> versions = new Grid<>(ModelVersion.class, false);
    final H2 versionsTitle = new H2(getTranslation("studio.library.versions"));
    final Checkbox fourEyes = new Checkbox(getTranslation("studio.library.fourEyes"));
    final Paragraph fourEyesOffRequest = new Paragraph();
    final Button approveFourEyesOff = new Button(getTranslation("studio.library.approveFourEyesOff"));
    final Button withdrawFourEyesOff = new Button(getTranslation("studio.library.keepFourEyesOn"));
    final Grid<DeploymentRequest> pending = new Grid<>(DeploymentRequest.class, false);
    final ComboBox<ModelKind> newKind = new ComboBox<>(getTranslation("studio.library.kind"));
    final TextField newKey = new TextField(getTranslation("studio.library.newKey"));
    final Button createNew = new Button(getTranslation("studio.library.create"));

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

        models.addColumn(model -> StudioText.kind(model.kind())).setHeader(getTranslation("studio.library.kind"))
                .setAutoWidth(true).setSortable(true);
        models.addColumn(ModelSummary::name).setHeader(getTranslation("studio.library.name")).setFlexGrow(1).setSortable(true);
        models.addColumn(ModelSummary::key).setHeader(getTranslation("studio.library.key")).setAutoWidth(true);
        models.addColumn(model -> getTranslation("studio.version", String.valueOf(model.latest().version())))
                .setHeader(getTranslation("studio.library.latest")).setAutoWidth(true);
        models.addColumn(model -> model.versions().stream().mapToLong(ModelVersion::runningInstances).sum())
                .setHeader(getTranslation("studio.library.running")).setAutoWidth(true);
        models.addComponentColumn(model -> {
            RouterLink edit = new RouterLink(getTranslation("studio.library.edit"), ModelEditorView.class,
                    ModelEditorView.parameters(model.kind(), model.key()));
            edit.setId("studio-edit-" + model.kind().name().toLowerCase(Locale.ROOT) + "-" + model.key());
            edit.getElement().setAttribute("aria-label", getTranslation("studio.library.editModel", model.name()));
            return edit;
        }).setHeader(getTranslation("studio.library.editor")).setAutoWidth(true);
        models.setAllRowsVisible(true);
        models.addSelectionListener(event -> showVersions(event.getFirstSelectedItem()));

        versions.addColumn(version -> getTranslation("studio.version", String.valueOf(version.version())))
                .setHeader(getTranslation("studio.library.version")).setAutoWidth(true);
        versions.addColumn(ModelVersion::deployedBy).setHeader(getTranslation("studio.library.deployedBy")).setAutoWidth(true);
        versions.addColumn(version -> StudioText.when(version.deployedAt())).setHeader(getTranslation("studio.library.when"))
                .setAutoWidth(true);
        versions.addColumn(ModelVersion::comment).setHeader(getTranslation("studio.library.why")).setFlexGrow(1);
        versions.addColumn(ModelVersion::runningInstances).setHeader(getTranslation("studio.library.runningJourneys"))
                .setAutoWidth(true);
        versions.addComponentColumn(this::downloadLink).setHeader(getTranslation("studio.library.file")).setAutoWidth(true);
        versions.addComponentColumn(this::rollBackButton).setHeader(getTranslation("studio.library.rollBack")).setAutoWidth(true);
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

        pending.addColumn(DeploymentRequest::requestedBy).setHeader(getTranslation("studio.library.askedBy")).setAutoWidth(true);
        pending.addColumn(request -> StudioText.when(request.requestedAt())).setHeader(getTranslation("studio.library.when"))
                .setAutoWidth(true);
        pending.addColumn(request -> request.files().stream().map(file -> file.fileName()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("studio.library.files")).setAutoWidth(true);
        pending.addColumn(DeploymentRequest::comment).setHeader(getTranslation("studio.library.why")).setFlexGrow(1);
        pending.addComponentColumn(this::decisionButtons).setHeader(getTranslation("studio.library.decide")).setAutoWidth(true);
        pending.setAllRowsVisible(true);

        newKind.setItems(ModelKind.values());
        newKind.setItemLabelGenerator(StudioText::kind);
        newKind.setValue(ModelKind.FORM);
        newKey.setHelperText(getTranslation("studio.library.newKeyHelper"));
        newKey.setPattern("[a-z][a-z0-9-]*");
        createNew.addClickListener(event -> createNew());

        add(new H1(getTranslation("studio.library.heading")),
                new Paragraph(getTranslation("studio.library.intro")),
                new RouterLink(getTranslation("studio.library.migrateLink"), JourneyMigrationView.class),
                models, versionsTitle, versions,
                new H2(getTranslation("studio.library.newModel")), newModelForm(),
                new H2(getTranslation("studio.library.waiting")), fourEyes,
                new HorizontalLayout(fourEyesOffRequest, approveFourEyesOff, withdrawFourEyesOff), pending);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("studio.library.pageName"));
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
        withdrawFourEyesOff.setText(getTranslation(mine ? "studio.library.withdrawMyRequest" : "studio.library.keepFourEyesOn"));
        request.ifPresent(found -> fourEyesOffRequest.setText(mine
                ? getTranslation("studio.library.youAsked", StudioText.when(found.requestedAt()))
                : getTranslation("studio.library.someoneAsked", found.requestedBy(), StudioText.when(found.requestedAt()))));
    }

    private void showVersions(Optional<ModelSummary> model) {
        versions.setVisible(model.isPresent());
        versionsTitle.setVisible(model.isPresent());
        model.ifPresent(found -> {
            versionsTitle.setText(getTranslation("studio.library.versionsOf", found.name()));
            versions.setItems(found.versions());
        });
    }

    private Anchor downloadLink(ModelVersion version) {
        Anchor link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            var file = library.download(version.kind(), version.key(), version.version());
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(file.content()),
                    file.fileName(), contentType(version), file.content().length);
        }), getTranslation("studio.library.download"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label",
                getTranslation("studio.library.downloadVersion", String.valueOf(version.version()), version.key()));
        link.setId("studio-download-" + version.key() + "-" + version.version());
        return link;
    }

    private static String contentType(ModelVersion version) {
        return version.kind() == ModelKind.FORM ? "application/json" : "application/xml";
    }

    private Button rollBackButton(ModelVersion version) {
        Button button = new Button(getTranslation("studio.library.deployAgain"));
        button.setId("studio-rollback-" + version.key() + "-" + version.version());
        button.getElement().setAttribute("aria-label",
                getTranslation("studio.library.deployAgainLabel", String.valueOf(version.version()), version.key()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean latest = models.getSelectedItems().stream().findFirst()
                .map(model -> model.latest().version() == version.version()).orElse(false);
        button.setEnabled(!latest);
        button.addClickListener(event -> askRollBack(version));
        return button;
    }

    private void askRollBack(ModelVersion version) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("studio.library.rollBackTitle", version.key(), String.valueOf(version.version())));
        TextArea comment = new TextArea(getTranslation("studio.library.rollBackWhy"));
        comment.setId("studio-rollback-comment");
        comment.setRequired(true);
        comment.setWidthFull();
        Button confirm = new Button(getTranslation("studio.library.rollBackConfirm", String.valueOf(version.version())), event -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("studio.library.rollBackSayWhy"));
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
        Button cancel = new Button(getTranslation("studio.cancel"), event -> dialog.close());
        dialog.add(new Paragraph(getTranslation("studio.library.rollBackText")), comment);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private HorizontalLayout decisionButtons(DeploymentRequest request) {
        Button approve = new Button(getTranslation("studio.library.approve"), event -> {
            try {
                StudioText.showOutcome(deployments.approve(request.id()));
                refresh();
            } catch (RuntimeException problem) {
                StudioText.showProblem(problem);
            }
        });
        approve.setId("studio-approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("studio.library.reject"), event -> askReject(request));
        reject.setId("studio-reject-" + request.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, reject);
    }

    private void askReject(DeploymentRequest request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("studio.library.rejectTitle", request.requestedBy()));
        TextArea reason = new TextArea(getTranslation("studio.library.rejectReason"));
        reason.setId("studio-reject-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("studio.library.reject"), event -> {
            try {
                deployments.reject(request.id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("studio.library.rejected"));
                refresh();
            } catch (RuntimeException problem) {
                StudioText.showProblem(problem);
            }
        });
        confirm.setId("studio-reject-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("studio.cancel"), event -> dialog.close()), confirm);
        dialog.open();
    }

    private void changeFourEyes(boolean on) {
        try {
            if (on) {
                fourEyesSetting.switchFourEyesOn();
                Notification.show(getTranslation("studio.library.fourEyesOn"));
            } else {
                fourEyesSetting.requestFourEyesOff();
                Notification.show(getTranslation("studio.library.fourEyesOffAsked"));
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
                Notification.show(getTranslation("studio.library.fourEyesOff"));
            } else {
                fourEyesSetting.withdrawFourEyesOff();
                Notification.show(getTranslation("studio.library.fourEyesStaysOn"));
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
            newKind.setErrorMessage(getTranslation("studio.library.chooseKind"));
            return;
        }
        if (!key.matches("[a-z][a-z0-9-]{1,62}")) {
            newKey.setInvalid(true);
            newKey.setErrorMessage(getTranslation("studio.library.keyShape"));
            return;
        }
        if (library.model(newKind.getValue(), key).isPresent()) {
            newKey.setInvalid(true);
            newKey.setErrorMessage(getTranslation("studio.library.exists." + newKind.getValue().name()));
            return;
        }
        UI.getCurrent().navigate(ModelEditorView.class, ModelEditorView.parameters(newKind.getValue(), key));
    }
}
