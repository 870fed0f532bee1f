package org.communityjourneys.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.communityjourneys.studio.domain.DeployOutcome;
import org.communityjourneys.studio.domain.ModelChange;
import org.communityjourneys.studio.domain.ModelDraft;
import org.communityjourneys.studio.domain.ModelFile;
import org.communityjourneys.studio.domain.ModelKind;
import org.communityjourneys.studio.domain.ModelProblem;
import org.communityjourneys.studio.domain.ModelSummary;
import org.communityjourneys.studio.service.ModelDeployments;
import org.communityjourneys.studio.service.ModelDiff;
import org.communityjourneys.studio.service.ModelDrafts;
import org.communityjourneys.studio.service.ModelLibrary;
import org.communityjourneys.studio.service.ModelRejected;
import org.communityjourneys.studio.service.ModelChecks;

/**
 * Edits one process, decision or form in the browser: opens my draft or the latest version, saves
 * and discards drafts, checks the rules (each problem with its element and rule), lists the
 * changes against the deployed version and deploys with a required comment.
 */
@Route("govern/models/:kind(process|decision|form)/:key")
@RolesAllowed("GOVERNANCE")
public class ModelEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph status = new Paragraph();
    final Div editorHolder = new Div();
    final Button save = new Button("Save draft");
    final Button discard = new Button("Discard draft");
    final Button validate = new Button("Check");
    final Button diff = new Button("Show changes");
    final TextArea comment = new TextArea("Why this change (kept in the version history)");
    final Button deploy = new Button("Deploy");
    final Paragraph result = new Paragraph();
    final H2 problemsTitle = new H2("Problems");
    final Grid<ModelProblem> problems = new Grid<>(ModelProblem.class, false);
    final H2 changesTitle = new H2("Changes against the deployed version");
    final Grid<ModelChange> changes = new Grid<>(ModelChange.class, false);

    private final ModelLibrary library;
    private final ModelDrafts drafts;
    private final ModelChecks validator;
    private final ModelDiff modelDiff;
    private final ModelDeployments deployments;

    private ModelKind kind;
    private String key;
    private String resourceName;
    private String name;
    private boolean deployed;
    ModelEditor editor;

    public ModelEditorView(ModelLibrary library, ModelDrafts drafts, ModelChecks validator, ModelDiff modelDiff,
            ModelDeployments deployments) {
        this.library = library;
        this.drafts = drafts;
        this.validator = validator;
        this.modelDiff = modelDiff;
        this.deployments = deployments;
        addClassName("page");
        addClassName("studio");
        addClassName("studio-editor-page");
        title.setId("studio-editor-title");
        status.setId("studio-editor-status");
        editorHolder.setId("studio-editor");
        editorHolder.addClassName("studio-editor-holder");
        save.setId("studio-save");
        discard.setId("studio-discard");
        validate.setId("studio-validate");
        diff.setId("studio-diff");
        comment.setId("studio-comment");
        deploy.setId("studio-deploy");
        result.setId("studio-result");
        result.getElement().setAttribute("role", "status");
        problems.setId("studio-problems");
        changes.setId("studio-changes");

        save.addClickListener(event -> editor.readContent(this::saveDraft));
        discard.addClickListener(event -> discardDraft());
        validate.addClickListener(event -> editor.readContent(this::check));
        diff.addClickListener(event -> editor.readContent(this::showChanges));
        deploy.addClickListener(event -> editor.readContent(this::deploy));
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        comment.setWidthFull();
        comment.setRequired(true);
        comment.setMaxLength(1000);

        problems.addColumn(problem -> Optional.ofNullable(problem.elementId()).orElse("(whole file)"))
                .setHeader("Element").setAutoWidth(true);
        problems.addColumn(ModelProblem::rule).setHeader("Rule").setAutoWidth(true);
        problems.addColumn(ModelProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(change -> change.change() == ModelChange.Change.LAYOUT ? "layout only"
                        : change.change().name().toLowerCase(Locale.ROOT)).setHeader("Change").setAutoWidth(true);
        changes.addColumn(ModelChange::elementId).setHeader("Element").setAutoWidth(true);
        changes.addColumn(ModelChange::name).setHeader("Name").setAutoWidth(true);
        changes.addColumn(ModelChange::type).setHeader("Type").setAutoWidth(true);
        changes.addColumn(change -> change.changedAttributes() == null ? "" : String.join(", ", change.changedAttributes()))
                .setHeader("What changed").setFlexGrow(1);
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        showProblems(List.of());
        showChangesList(null);

        FlexLayout actions = new FlexLayout(save, discard, validate, diff);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(new RouterLink("Back to the models", ModelLibraryView.class), title, status, editorHolder, actions, result,
                problemsTitle, problems, changesTitle, changes, new H2("Deploy"), comment, deploy);
    }

    /** The route parameters of the editor for one model. */
    public static RouteParameters parameters(ModelKind kind, String key) {
        return new RouteParameters(java.util.Map.of("kind", kind.name().toLowerCase(Locale.ROOT), "key", key));
    }

    @Override
    public String getPageTitle() {
        return (name == null ? "Model editor" : name) + " | Community Journeys";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = ModelKind.valueOf(event.getRouteParameters().get("kind").orElse("process").toUpperCase(Locale.ROOT));
        key = event.getRouteParameters().get("key").orElse("");
        Optional<ModelSummary> model = library.model(kind, key);
        deployed = model.isPresent();
        name = model.map(ModelSummary::name).orElse(key);
        resourceName = model.map(found -> found.latest().resourceName()).orElse(kind.resourceNameFor(key));
        title.setText(kind.label() + ": " + name);
        editor = switch (kind) {
            case PROCESS -> new BpmnModeler();
            case DECISION -> new DmnModeler();
            case FORM -> new FormEditor();
        };
        editor.setId("studio-" + kind.name().toLowerCase(Locale.ROOT) + "-editor");
        editor.setLabel(kind.label() + " editor: " + name);
        editorHolder.removeAll();
        editorHolder.add(editor);
        ModelDraft opened = openOrNull();
        if (opened == null) {
            editor.setContent(NewModels.template(kind, key));
            status.setText("A new " + kind.label().toLowerCase(Locale.ROOT) + ", not deployed yet.");
        } else {
            editor.setContent(opened.content());
            describe(opened);
        }
        discard.setEnabled(opened != null && opened.draft());
        diff.setEnabled(deployed);
    }

    /** My draft or the latest version; none for a new model without a draft. */
    private ModelDraft openOrNull() {
        try {
            return drafts.open(kind, key);
        } catch (IllegalArgumentException | IllegalStateException notThere) {
            return null;
        }
    }

    private void describe(ModelDraft opened) {
        if (opened.draft()) {
            status.setText("Your draft, saved " + StudioText.when(opened.savedAt())
                    + (opened.basedOnVersion() == null ? "" : ", based on version " + opened.basedOnVersion()) + ".");
        } else {
            status.setText("The deployed version " + opened.basedOnVersion() + ".");
        }
    }

    void saveDraft(String content) {
        try {
            ModelDraft saved = drafts.save(kind, key, content);
            describe(saved);
            discard.setEnabled(true);
            result.setText("Draft saved. Only you see it until you deploy.");
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
    }

    void discardDraft() {
        try {
            drafts.discard(kind, key);
            result.setText("Draft discarded.");
            ModelDraft opened = openOrNull();
            editor.setContent(opened == null ? NewModels.template(kind, key) : opened.content());
            if (opened != null) {
                describe(opened);
            }
            discard.setEnabled(false);
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
    }

    void check(String content) {
        List<ModelProblem> found = validator.validate(ModelFile.of(resourceName, content));
        showProblems(found);
        result.setText(found.isEmpty() ? "No problems found: this can be deployed."
                : found.size() + (found.size() == 1 ? " problem" : " problems") + " to fix before deploying.");
    }

    void showChanges(String content) {
        try {
            showChangesList(modelDiff.againstDeployed(kind, key, content));
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
    }

    void deploy(String content) {
        if (comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage("Say why you change this; the comment is kept with the version.");
            return;
        }
        comment.setInvalid(false);
        try {
            DeployOutcome outcome = deployments.deploy(List.of(ModelFile.of(resourceName, content)), comment.getValue().trim());
            comment.clear();
            comment.setInvalid(false);
            if (outcome.live()) {
                drafts.discard(kind, key);
                showDeployed();
            } else {
                showProblems(List.of());
                showChangesList(null);
            }
            result.setText(StudioText.outcome(outcome));
            StudioText.showOutcome(outcome);
        } catch (ModelRejected rejected) {
            showProblems(rejected.problems());
            result.setText("Not deployed: " + rejected.problems().size()
                    + (rejected.problems().size() == 1 ? " problem" : " problems") + " to fix.");
        } catch (RuntimeException problem) {
            result.setText("Not deployed: " + problem.getMessage());
            StudioText.showProblem(problem);
        }
    }

    /**
     * After a deploy went live the screen is clean: the editor holds the version now deployed
     * (with the resource name it got), no problems or changes are listed, and there is no draft.
     */
    private void showDeployed() {
        deployed = true;
        diff.setEnabled(true);
        library.model(kind, key).ifPresent(model -> resourceName = model.latest().resourceName());
        ModelDraft opened = openOrNull();
        if (opened != null) {
            editor.setContent(opened.content());
            describe(opened);
        }
        discard.setEnabled(opened != null && opened.draft());
        showProblems(List.of());
        showChangesList(null);
    }

    private void showProblems(List<ModelProblem> found) {
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        problemsTitle.setVisible(!found.isEmpty());
        if (editor instanceof BpmnModeler bpmn && editor.isReady()) {
            bpmn.highlight(found.stream().map(ModelProblem::elementId).filter(java.util.Objects::nonNull).toList());
        }
    }

    private void showChangesList(List<ModelChange> found) {
        changes.setItems(found == null ? List.of() : found);
        changes.setVisible(found != null);
        changesTitle.setVisible(found != null);
        if (found != null && found.isEmpty()) {
            result.setText("No changes against the deployed version.");
        }
        if (found != null && editor instanceof BpmnModeler bpmn && editor.isReady()) {
            bpmn.highlight(found.stream().map(ModelChange::elementId).filter(java.util.Objects::nonNull).toList());
        }
    }
}
