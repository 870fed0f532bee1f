package org.communityjourneys.journey.ui;

import org.communityjourneys.shared.ui.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communityjourneys.identity.domain.Role;
import org.communityjourneys.identity.service.CurrentUser;
import org.communityjourneys.journey.domain.Journey;
import org.communityjourneys.journey.service.JourneyService;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.shared.service.WardDirectory;

/** Every journey, newest first; a row opens the journey's page. */
@Route("journeys")
@Menu(title = "Journeys", order = 15, icon = "vaadin:road-branches")
@PermitAll
public class JourneysView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter LAUNCHED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private static final int NARROW_BELOW = 640;

    final Grid<Journey> grid = new Grid<>(Journey.class, false);

    public JourneysView(JourneyService journeys, WardDirectory wardDirectory, CurrentUser currentUser) {
        addClassNames("page", "journeys-list");
        Map<String, String> wardNames = wardDirectory.all().stream()
                .collect(Collectors.toMap(Ward::getCode, Ward::getName));
        Function<Journey, String> wardsOf = journey -> journey.getWardCodes().stream()
                .map(code -> wardNames.getOrDefault(code, code)).sorted().collect(Collectors.joining(", "));

        H1 heading = new H1(getTranslation("journeys.heading"));
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setWrap(true);
        if (currentUser.hasRole(Role.FACILITATOR) || currentUser.hasRole(Role.GOVERNANCE)) {
            Button launch = new Button(getTranslation("journeys.launch"), VaadinIcon.ROCKET.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(LaunchJourneyView.class)));
            launch.setId("open-launch-journey");
            launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(launch);
        }
        add(top);

        grid.setId("journeys-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(journey -> new Anchor("journeys/" + journey.getId(), journey.getTitle()))
                .setHeader(getTranslation("journeys.title")).setFlexGrow(3).setAutoWidth(false).setKey("title");
        grid.addColumn(wardsOf::apply).setHeader(getTranslation("journeys.wards")).setFlexGrow(2).setKey("wards");
        grid.addColumn(journey -> Translations.label("theme", journey.getTheme(), journey.getTheme().label()))
                .setHeader(getTranslation("journeys.theme")).setFlexGrow(2).setKey("theme");
        grid.addComponentColumn(journey -> stageBadge(journey)).setHeader(getTranslation("journeys.stage")).setFlexGrow(1).setKey("stage");
        grid.addColumn(journey -> LAUNCHED.withLocale(Translations.current()).format(journey.getLaunchedAt()))
                .setHeader(getTranslation("journeys.launched"))
                .setFlexGrow(1).setTextAlign(ColumnTextAlign.END).setKey("launched");
        grid.addItemClickListener(event -> getUI()
                .ifPresent(ui -> ui.navigate("journeys/" + event.getItem().getId())));
        grid.setAllRowsVisible(true);

        addAttachListener(event -> {
            event.getUI().getPage().retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
            event.getUI().getPage().addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
        });

        List<Journey> all = journeys.all();
        grid.setItems(all);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("journeys.none")));
        } else {
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("journeys.heading"));
    }

    /** On a phone only title and stage fit; the journey page has the rest. */
    private void fitTo(int windowWidth) {
        boolean wide = windowWidth >= NARROW_BELOW;
        for (String key : List.of("wards", "theme", "launched")) {
            grid.getColumnByKey(key).setVisible(wide);
        }
    }

    private static Span stageBadge(Journey journey) {
        Span badge = new Span(Translations.label("stage", journey.getStage(), journey.getStage().label()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(journey.getStage().isOver() ? "contrast" : "success");
        return badge;
    }
}
