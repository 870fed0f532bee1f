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
import org.communityjourneys.shared.ui.Translations;
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
    final Button save = new Button(getTranslation("studio.editor.save"));
    final Button discard = new Button(getTranslation("studio.editor.discard"));
    final Button validate = new Button(getTranslation("studio.editor.check"));
    final Button diff = new Button(getTranslation("studio.editor.showChanges"));
    final TextArea comment = new TextArea(getTranslation("studio.editor.comment"));
    final Button deploy = new Button(getTranslation("studio.editor.deploy"));
    final Paragraph result = new Paragraph();
    final H2 problemsTitle = new H2(getTranslation("studio.editor.problems"));
    final Grid<ModelProblem> problems = new Grid<>(ModelProblem.class, false);
    final H2 changesTitle = new H2(getTranslation("studio.editor.changes"));
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

        problems.addColumn(problem -> Optional.ofNullable(problem.elementId()).orElse(getTranslation("studio.editor.wholeFile")))
                .setHeader(getTranslation("studio.editor.element")).setAutoWidth(true);
        problems.addColumn(ModelProblem::rule).setHeader(getTranslation("studio.editor.rule")).setAutoWidth(true);
        problems.addColumn(StudioText::text).setHeader(getTranslation("studio.editor.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(change -> getTranslation("studio.change." + change.change().name()))
                .setHeader(getTranslation("studio.editor.change")).setAutoWidth(true);
        changes.addColumn(ModelChange::elementId).setHeader(getTranslation("studio.editor.element")).setAutoWidth(true);
        changes.addColumn(ModelChange::name).setHeader(getTranslation("studio.editor.name")).setAutoWidth(true);
        changes.addColumn(ModelChange::type).setHeader(getTranslation("studio.editor.type")).setAutoWidth(true);
        changes.addColumn(change -> change.changedAttributes() == null ? "" : String.join(", ", change.changedAttributes()))
                .setHeader(getTranslation("studio.editor.whatChanged")).setFlexGrow(1);
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        showProblems(List.of());
        showChangesList(null);

        FlexLayout actions = new FlexLayout(save, discard, validate, diff);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        add(new RouterLink(getTranslation("studio.backToModels"), ModelLibraryView.class), title, status, editorHolder, actions,
                result, problemsTitle, problems, changesTitle, changes, new H2(getTranslation("studio.editor.deployHeading")),
                comment, deploy);
    }

    /** The route parameters of the editor for one model. */
    public static RouteParameters parameters(ModelKind kind, String key) {
        return new RouteParameters(java.util.Map.of("kind", kind.name().toLowerCase(Locale.ROOT), "key", key));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", name == null ? getTranslation("studio.editor.pageName") : name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = ModelKind.valueOf(event.getRouteParameters().get("kind").orElse("process").toUpperCase(Locale.ROOT));
        key = event.getRouteParameters().get("key").orElse("");
        Optional<ModelSummary> model = library.model(kind, key);
        deployed = model.isPresent();
        name = model.map(ModelSummary::name).orElse(key);
        resourceName = model.map(found -> found.latest().resourceName()).orElse(kind.resourceNameFor(key));
        title.setText(getTranslation("studio.editor.title", StudioText.kind(kind), name));
        editor = switch (kind) {
            case PROCESS -> new BpmnModeler();
            case DECISION -> new DmnModeler();
            case FORM -> new FormEditor();
        };
        editor.setId("studio-" + kind.name().toLowerCase(Locale.ROOT) + "-editor");
        editor.setLabel(getTranslation("studio.editor.label." + kind.name(), name));
        editorHolder.removeAll();
        editorHolder.add(editor);
        ModelDraft opened = openOrNull();
        if (opened == null) {
            editor.setContent(NewModels.template(kind, key));
            status.setText(getTranslation("studio.editor.new." + kind.name()));
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
            status.setText(opened.basedOnVersion() == null
                    ? getTranslation("studio.editor.yourDraft", StudioText.when(opened.savedAt()))
                    : getTranslation("studio.editor.yourDraftBasedOn", StudioText.when(opened.savedAt()),
                            String.valueOf(opened.basedOnVersion())));
        } else {
            status.setText(getTranslation("studio.editor.deployedVersion", String.valueOf(opened.basedOnVersion())));
        }
    }

    void saveDraft(String content) {
        try {
            ModelDraft saved = drafts.save(kind, key, content);
            describe(saved);
            discard.setEnabled(true);
            result.setText(getTranslation("studio.editor.saved"));
        } catch (RuntimeException problem) {
            StudioText.showProblem(problem);
        }
    }

    void discardDraft() {
        try {
            drafts.discard(kind, key);
            result.setText(getTranslation("studio.editor.discarded"));
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
        result.setText(found.isEmpty() ? getTranslation("studio.editor.noProblems")
                : getTranslation("studio.editor.problemsToFix", found.size(), String.valueOf(found.size())));
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
            comment.setErrorMessage(getTranslation("studio.editor.sayWhy"));
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
            result.setText(getTranslation("studio.editor.notDeployedProblems", rejected.problems().size(),
                    String.valueOf(rejected.problems().size())));
        } catch (RuntimeException problem) {
            result.setText(getTranslation("studio.editor.notDeployed", Translations.explain(problem)));
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
            result.setText(getTranslation("studio.editor.noChanges"));
        }
        if (found != null && editor instanceof BpmnModeler bpmn && editor.isReady()) {
            bpmn.highlight(found.stream().map(ModelChange::elementId).filter(java.util.Objects::nonNull).toList());
        }
    }
}
