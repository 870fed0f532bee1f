package org.communityjourneys.journey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.service.JourneyPagePart;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;
import org.communityjourneys.shared.ui.PageAbout;
import org.communityjourneys.journey.service.JourneyProgress;
import org.communityjourneys.journey.service.JourneyProgress.OpenTask;
import org.communityjourneys.journey.service.JourneyProgress.Progress;
import org.communityjourneys.journey.service.JourneyProgress.Step;
import org.communityjourneys.journey.service.JourneyProgress.Trouble;

/**
 * One journey: its facts as they really are (ideas closed early, the vote opened or closed at its
 * real time), what is waiting now with a link to each open task, the facilitator's stage clocks,
 * the process diagram with the current stage, and what happened so far. Each stage's module adds
 * its facts, links and clocks as a {@link JourneyPagePart}.
 */
@Route("journeys/:journeyId")
@PermitAll
public class JourneyView extends PageAbout<Journey> {

    private final JourneyService journeys;
    private final WardDirectory wards;
    private final JourneyProgress progress;
    private final List<JourneyPagePart> parts;
    private final CurrentUser currentUser;

    final BpmnDiagram diagram = new BpmnDiagram();
    final OrderedList timeline = new OrderedList();
    final UnorderedList now = new UnorderedList();

    public JourneyView(JourneyService journeys, WardDirectory wards, JourneyProgress progress, List<JourneyPagePart> parts,
            CurrentUser currentUser) {
        super("journey.pageName", "journey.notFound");
        this.parts = parts;
        this.currentUser = currentUser;
        this.journeys = journeys;
        this.wards = wards;
        this.progress = progress;
        addClassName("journey-page");
        // arriving from the launch form, whose button sits low on a phone: start at the heading
        addAttachListener(event -> getElement().executeJs("this.scrollIntoView({block: 'start'})"));
    }

    @Override
    protected Optional<Journey> find(RouteParameters address) {
        return address.get("journeyId").flatMap(PageAbout::uuid).flatMap(journeys::find);
    }

    @Override
    protected String titleOf(Journey journey) {
        return journey.getTitle();
    }

    @Override
    protected List<Component> notFound(RouteParameters address) {
        return List.of(new Paragraph(getTranslation("journey.noJourneyHere")), new Anchor("journeys", getTranslation("journey.allJourneys")));
    }

    @Override
    protected void show(Journey journey) {
        Span stage = new Span(stageLabel(journey));
        stage.setId("journey-stage");
        stage.getElement().getThemeList().add("badge");
        stage.getElement().getThemeList().add(journey.getStage().isOver() ? "contrast" : "success");
        H1 title = new H1(journey.getTitle());
        title.setId("journey-heading");
        Div header = new Div(title, stage);
        header.addClassName("journey-header");
        add(header, facts(journey));
        for (JourneyPagePart part : parts) {
            List<JourneyPagePart.Link> links = part.links(journey);
            if (!links.isEmpty()) {
                Div row = new Div();
                row.addClassName("journey-links");
                row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
                for (JourneyPagePart.Link link : links) {
                    Anchor anchor = new Anchor(link.href(), link.text());
                    anchor.setId(link.id());
                    row.add(anchor);
                }
                add(row);
            }
        }

        Optional<Progress> found = progress.shownToCurrentUser(journey.getId());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("journey.noProcess"));
            none.setId("journey-no-process");
            add(none);
            return;
        }
        Progress current = found.get();
        add(nowSection(current));
        if (currentUser.hasRole(Role.FACILITATOR) && !journey.getStage().isOver()) {
            String me = currentUser.require();
            add(new StageClockPanel(parts.stream().flatMap(part -> part.clockMoves(journey, me).stream()).toList(),
                    () -> getUI().ifPresent(ui -> ui.getPage().reload())));
        }
        add(diagramSection(journey, current), timelineSection(current));
    }

    private DescriptionList facts(Journey journey) {
        String wardNames = journey.getWardCodes().stream()
                .map(code -> wards.find(code).map(Ward::getName).orElse(code))
                .sorted().collect(Collectors.joining(", "));
        DescriptionList facts = new DescriptionList();
        facts.setId("journey-facts");
        facts.addClassName("journey-facts");
        fact(facts, getTranslation("journey.wards"), wardNames);
        String theme = Translations.label("theme", journey.getTheme(), journey.getTheme().label());
        fact(facts, getTranslation("journey.theme"), journey.getTheme().isStrategyPriority()
                ? getTranslation("journey.strategyPriority", theme) : theme);
        fact(facts, getTranslation("journey.budget"), Moments.money(journey.getBudgetPence()));
        for (JourneyPagePart part : parts) {
            part.facts(journey).forEach(fact -> fact(facts, fact.term(), fact.description()));
        }
        fact(facts, getTranslation("journey.launched"), getTranslation("journey.launchedBy", Moments.moment(journey.getLaunchedAt()),
                progress.personShownToCurrentUser(journey.getLaunchedBy())));
        return facts;
    }

    private static String stageLabel(Journey journey) {
        return Translations.label("stage", journey.getStage(), journey.getStage().label());
    }

    private static void fact(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private Section nowSection(Progress current) {
        now.setId("journey-now");
        now.removeAll();
        if (current.ended()) {
            now.add(new ListItem(getTranslation("journey.processFinished")));
        }
        for (Step step : current.active()) {
            if (current.openTasks().stream().noneMatch(task -> task.elementId().equals(step.elementId()))) {
                now.add(new ListItem(step.startedAt() == null ? getTranslation("journey.aboutToRun", step.name())
                        : getTranslation("journey.stepSince", step.name(), Moments.moment(step.startedAt()))));
            }
        }
        for (OpenTask task : current.openTasks()) {
            Anchor open = new Anchor("tasks/" + task.taskId(), task.name());
            open.addClassName("journey-task-link");
            now.add(new ListItem(open, new Span(getTranslation("journey.taskWaiting", waitingFor(task), Moments.moment(task.createdAt())))));
        }
        for (JourneyProgress.Waiting event : current.awaitedEvents()) {
            ListItem item = new ListItem(event.due() == null
                    ? getTranslation("journey.waitingFor", event.name())
                    : getTranslation("journey.waitingForDue", event.name(), Moments.moment(event.due())));
            item.addClassName("journey-awaited");
            now.add(item);
        }
        for (Trouble trouble : current.troubles()) {
            ListItem item = new ListItem(trouble.message() != null
                    ? getTranslation("journey.troubleWhy", stepName(current, trouble.elementId()), trouble.message())
                    : getTranslation("journey.trouble", stepName(current, trouble.elementId())));
            item.addClassName("journey-trouble");
            now.add(item);
        }
        if (now.getChildren().findAny().isEmpty()) {
            now.add(new ListItem(getTranslation("journey.nothingWaiting")));
        }
        return section(getTranslation("journey.now"), now);
    }

    private static String stepName(Progress current, String elementId) {
        return current.active().stream().filter(step -> step.elementId().equals(elementId)).map(Step::name)
                .findFirst().orElse(elementId);
    }

    private String waitingFor(OpenTask task) {
        if (task.assignee() != null) {
            return getTranslation("journey.withPerson", task.assignee());
        }
        if (!task.candidateGroups().isEmpty()) {
            return getTranslation("journey.waitingForRole", task.candidateGroups().stream().map(this::roleWord)
                    .collect(Collectors.joining(getTranslation("journey.or"))));
        }
        return getTranslation("journey.waiting");
    }

    /** "Facilitator" for FACILITATOR: the bundle's {@code group.<GROUP>}, else the group in words. */
    private String roleWord(String group) {
        String key = "group." + group;
        return Translations.has(key) ? getTranslation(key)
                : group.substring(0, 1) + group.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
    }

    private Section diagramSection(Journey journey, Progress current) {
        String where = current.active().isEmpty() ? stageLabel(journey)
                : stageLabel(journey) + " (" + current.active().stream().map(Step::name)
                        .collect(Collectors.joining(", ")) + ")";
        diagram.setId("journey-diagram");
        diagram.show(current.bpmnXml(), current.activeElementIds(), current.completedElementIds(),
                getTranslation("journey.diagramLabel", where));
        Paragraph legend = new Paragraph();
        legend.addClassName("diagram-legend");
        Span active = new Span(getTranslation("journey.legendCurrent"));
        active.addClassName("legend-active");
        Span done = new Span(getTranslation("journey.legendDone"));
        done.addClassName("legend-completed");
        legend.add(new Span(getTranslation("journey.processVersion", current.processName(), String.valueOf(current.processVersion())) + " "), active,
                new Span(" "), done);
        Button currentStep = new Button(getTranslation("journey.currentStep"), event -> diagram.showCurrentStep());
        currentStep.setId("diagram-current-step");
        Button wholeProcess = new Button(getTranslation("journey.wholeProcess"), event -> diagram.showWholeProcess());
        wholeProcess.setId("diagram-whole-process");
        for (Button button : List.of(currentStep, wholeProcess)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Span hint = new Span(getTranslation("journey.diagramHint"));
        hint.addClassName("diagram-hint");
        Div tools = new Div(currentStep, wholeProcess, hint);
        tools.addClassName("diagram-tools");
        return section(getTranslation("journey.process"), tools, diagram, legend);
    }

    private Section timelineSection(Progress current) {
        timeline.setId("journey-timeline");
        timeline.removeAll();
        for (Step step : current.completed()) {
            ListItem item = new ListItem();
            Span name = new Span(step.name());
            name.addClassName("timeline-step");
            Span when = new Span(Moments.moment(step.endedAt()));
            when.addClassName("timeline-when");
            item.add(name, when);
            step.whoIfKnown().ifPresent(who -> {
                Span by = new Span(getTranslation("journey.by", who));
                by.addClassName("timeline-who");
                item.add(by);
            });
            timeline.add(item);
        }
        if (current.completed().isEmpty()) {
            timeline.add(new ListItem(getTranslation("journey.noStepsYet")));
        }
        return section(getTranslation("journey.timeline"), timeline);
    }

    private static Section section(String heading, Component... content) {
        Section section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("journey-section");
        return section;
    }
}
