package org.communityjourneys.wards.ui;

import java.util.Optional;
import com.vaadin.flow.router.RouteParameters;
import org.communityjourneys.shared.ui.PageAbout;
import org.communityjourneys.shared.ui.MapTiles;
import org.communityjourneys.shared.ui.PlacesMap;
import org.communityjourneys.shared.ui.PlacesSection;
import org.communityjourneys.shared.domain.MapPoint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.communityjourneys.review.service.Projects;
import org.communityjourneys.review.service.Projects.ProjectSummary;
import org.communityjourneys.journey.domain.JourneyStage;
import org.communityjourneys.shared.domain.Population;
import org.communityjourneys.shared.domain.Theme;
import org.communityjourneys.ideas.domain.IdeaStatus;
import org.communityjourneys.showcase.domain.AssetKind;
import org.communityjourneys.shared.ui.Moments;
import org.communityjourneys.shared.ui.Translations;
import org.communityjourneys.shared.domain.Ward;
import org.communityjourneys.wards.service.OpenData.AssetGroup;
import org.communityjourneys.wards.service.OpenData.FundedProject;
import org.communityjourneys.wards.service.OpenData.NeedGroup;
import org.communityjourneys.wards.service.OpenData.StorySummary;
import org.communityjourneys.wards.service.OpenData.IdeaSummary;
import org.communityjourneys.wards.service.OpenData.JourneyDetail;
import org.communityjourneys.wards.service.OpenData.ResultLine;
import org.communityjourneys.wards.service.OpenData.ShowcaseSummary;
import org.communityjourneys.wards.service.WardPages;

/** One ward in public: its journeys, what the showcase found, ideas, shortlist, results and funded projects. */
@Route("wards/:wardCode")
@AnonymousAllowed
public class WardView extends PageAbout<Ward> {

    private final WardPages pages;
    private final Projects projects;
    private final MapTiles tiles;

    public WardView(WardPages pages, Projects projects, MapTiles tiles) {
        super("ward.name", "ward.notFound");
        this.pages = pages;
        this.projects = projects;
        this.tiles = tiles;
    }

    @Override
    protected Optional<Ward> find(RouteParameters address) {
        return pages.ward(address.get("wardCode").orElse(""));
    }

    @Override
    protected String titleOf(Ward ward) {
        return ward.getName();
    }

    @Override
    protected List<Component> notFound(RouteParameters address) {
        return List.of(new Paragraph(getTranslation("ward.unknownCode", address.get("wardCode").orElse(""))),
                new Anchor("wards", getTranslation("ward.seeAll")));
    }

    @Override
    protected void show(Ward ward) {
        add(new H1(ward.getName()), new Paragraph(new Anchor("wards", getTranslation("ward.all"))));
        add(placesSection(ward));
        List<JourneyDetail> journeys = pages.journeysInWard(ward.getCode());
        if (journeys.isEmpty()) {
            add(new Paragraph(getTranslation("ward.noJourney")));
        }
        journeys.forEach(journey -> add(journeySection(journey)));
        add(projectsSection(ward.getCode()));
        Anchor heard = new Anchor("wards/" + ward.getCode() + "/what-we-heard", getTranslation("ward.whatWeHeard"));
        heard.setId("ward-what-we-heard");
        add(new Paragraph(heard));
    }

    /** The ward on the map: its centre, its ideas and funded projects, and the same in a list. */
    private PlacesSection placesSection(Ward ward) {
        MapPoint centre = ward.centre().orElse(null);
        List<PlacesMap.Centre> centres = centre == null ? List.of() : List.of(new PlacesMap.Centre(centre, getTranslation("places.centreOf", ward.getName())));
        List<PlacesSection.Entry> entries = pages.placesInWard(ward.getCode()).stream()
                .map(place -> new PlacesSection.Entry(place.title(), place.project() ? PlacesMap.Kind.PROJECT : PlacesMap.Kind.IDEA,
                        place.href(), place.place(), centre, ward.getName(),
                        place.givenBy() == null ? null : getTranslation("places.givenBy." + place.givenBy())))
                .toList();
        return new PlacesSection("ward-places", getTranslation("ward.mapHeading"), tiles, centres, entries);
    }

    /** Every funded project in the ward, with its status and a link to its page. */
    private Section projectsSection(String wardCode) {
        Section section = new Section();
        section.setId("ward-projects");
        section.add(new H2(getTranslation("ward.projectsHeading")));
        List<ProjectSummary> inWard = projects.inWard(wardCode);
        if (inWard.isEmpty()) {
            section.add(new Paragraph(getTranslation("ward.noProjects")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        inWard.forEach(project -> {
            Anchor link = new Anchor("projects/" + project.id(), project.title());
            list.add(new ListItem(link, new Span(getTranslation("ward.projectLine",
                    Translations.label("projectStatus", project.status(), project.status().label()), Moments.money(project.paidPence())))));
        });
        section.add(list);
        return section;
    }

    private Section journeySection(JourneyDetail detail) {
        Section section = new Section();
        section.addClassName("ward-journey");
        section.add(new H2(detail.journey().title()),
                new Paragraph(getTranslation("ward.journeyFacts", stageText(detail.journey().stage()), tagText(detail.journey().theme()),
                        Moments.money(detail.journey().budgetPence()))));
        section.add(new H3(getTranslation("ward.showcaseHeading")));
        section.add(showcase(detail.showcase()));
        section.add(new H3(getTranslation("ward.ideasHeading")));
        boolean takingIdeas = JourneyStage.IDEAS.label().equals(detail.journey().stage());
        Anchor ideasPage = new Anchor("journeys/" + detail.journey().id() + "/ideas",
                getTranslation(takingIdeas ? "ward.putForwardIdea" : "ward.seeIdeas", detail.journey().title()));
        ideasPage.addClassName("journey-ideas-link");
        section.add(new Paragraph(ideasPage));
        section.add(ideas(detail.ideas(), true, Translations.text("ward.noIdeas")));
        section.add(new H3(getTranslation("ward.shortlistHeading")));
        section.add(ideas(detail.shortlist(), false, Translations.text("ward.noShortlist")));
        section.add(new H3(getTranslation("ward.resultsHeading")));
        section.add(results(detail.results()));
        if (!detail.results().isEmpty()) {
            section.add(new Paragraph(new Anchor("journeys/" + detail.journey().id() + "/results", getTranslation("ward.seeResults"))));
        }
        section.add(new H3(getTranslation("ward.fundedHeading")));
        section.add(funded(detail.fundedProjects()));
        return section;
    }

    /** What the showcase found. Every text is set as text, never as HTML. */
    private static Component showcase(ShowcaseSummary showcase) {
        Div part = new Div();
        part.addClassName("ward-showcase");
        if (showcase.conversations() == 0) {
            part.add(new Paragraph(Translations.text("ward.noConversations")));
            return part;
        }
        part.add(new Paragraph(Translations.text("ward.conversations", showcase.conversations(), showcase.attendance())));

        part.add(new H4(Translations.text("ward.assetsHeading")));
        if (showcase.assetsByKind().isEmpty()) {
            part.add(new Paragraph(Translations.text("ward.noAssets")));
        }
        for (AssetGroup group : showcase.assetsByKind()) {
            part.add(new Paragraph(Translations.text("ward.groupOf", assetKindText(group.kind()))));
            part.add(list(group.assets().stream()
                    .map(asset -> asset.note() == null ? asset.name() : asset.name() + " (" + asset.note() + ")").toList()));
        }

        part.add(new H4(Translations.text("ward.offersHeading")));
        part.add(showcase.offers().isEmpty() ? new Paragraph(Translations.text("ward.noOffers")) : list(showcase.offers()));

        part.add(new H4(Translations.text("ward.needsHeading")));
        if (showcase.needsByTheme().isEmpty() && showcase.needsByPopulation().isEmpty() && showcase.untaggedNeeds().isEmpty()) {
            part.add(new Paragraph(Translations.text("ward.noNeeds")));
        }
        if (!showcase.needsByTheme().isEmpty()) {
            part.add(new Paragraph(Translations.text("ward.byTheme")));
            part.add(groups(showcase.needsByTheme()));
        }
        if (!showcase.needsByPopulation().isEmpty()) {
            part.add(new Paragraph(Translations.text("ward.byPopulation")));
            part.add(groups(showcase.needsByPopulation()));
        }
        if (!showcase.untaggedNeeds().isEmpty()) {
            part.add(new Paragraph(Translations.text("ward.otherNeeds")));
            part.add(list(showcase.untaggedNeeds()));
        }

        part.add(new H4(Translations.text("ward.storiesHeading")));
        if (showcase.stories().isEmpty()) {
            part.add(new Paragraph(Translations.text("ward.noStories")));
        }
        for (StorySummary story : showcase.stories()) {
            Div shown = new Div();
            shown.addClassName("ward-story");
            shown.add(new Paragraph(story.text()));
            if (story.photoUrl() != null) {
                // relative to the page's base, like the other links here; the caption is the alternative text
                Image photo = new Image(story.photoUrl().substring(1), story.photoCaption());
                photo.setMaxWidth("100%");
                photo.setWidth("20em");
                photo.getStyle().set("height", "auto");
                shown.add(photo, new Paragraph(story.photoCaption()));
            }
            part.add(shown);
        }
        return part;
    }

    /** A journey stage's label (as the open data gives it) in the page's language. */
    private static String stageText(String label) {
        for (JourneyStage stage : JourneyStage.values()) {
            if (stage.label().equals(label)) {
                return Translations.label("stage", stage, label);
            }
        }
        return label;
    }

    /** A theme's or population's label (the showcase's tags, a journey's theme) in the page's language. */
    private static String tagText(String label) {
        for (Theme theme : Theme.values()) {
            if (theme.label().equals(label)) {
                return Translations.label("theme", theme, label);
            }
        }
        for (Population population : Population.values()) {
            if (population.label().equals(label)) {
                return Translations.label("population", population, label);
            }
        }
        return label;
    }

    private static String ideaStatusText(String label) {
        for (IdeaStatus status : IdeaStatus.values()) {
            if (status.label().equals(label)) {
                return Translations.label("ideaStatus", status, label);
            }
        }
        return label;
    }

    private static String assetKindText(String plural) {
        for (AssetKind kind : AssetKind.values()) {
            if (kind.plural().equals(plural)) {
                return Translations.label("assetKinds", kind, plural);
            }
        }
        return plural;
    }

    private static UnorderedList list(List<String> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    private static UnorderedList groups(List<NeedGroup> groups) {
        UnorderedList list = new UnorderedList();
        for (NeedGroup group : groups) {
            ListItem item = new ListItem(new Span(Translations.text("ward.groupOf", tagText(group.tag()))));
            item.add(list(group.needs()));
            list.add(item);
        }
        return list;
    }

    private static Component ideas(List<IdeaSummary> ideas, boolean withStatus, String none) {
        if (ideas.isEmpty()) {
            return new Paragraph(none);
        }
        UnorderedList list = new UnorderedList();
        ideas.forEach(idea -> {
            StringBuilder text = new StringBuilder(idea.title()).append(" (").append(Moments.money(idea.estimatedCostPence())).append(")");
            if (withStatus) {
                text.append(": ").append(ideaStatusText(idea.status()));
                if (idea.reason() != null && !idea.reason().isBlank()) {
                    text.append(". ").append(idea.reason());
                }
            }
            list.add(new ListItem(text.toString()));
        });
        return list;
    }

    private static Component results(List<ResultLine> results) {
        if (results.isEmpty()) {
            return new Paragraph(Translations.text("ward.noResult"));
        }
        UnorderedList list = new UnorderedList();
        results.forEach(line -> list.add(new ListItem(Translations.text(line.selected() ? "ward.resultChosen" : "ward.resultNotChosen",
                line.title(), line.votes()))));
        return list;
    }

    private static Component funded(List<FundedProject> projects) {
        if (projects.isEmpty()) {
            return new Paragraph(Translations.text("ward.noPaid"));
        }
        UnorderedList list = new UnorderedList();
        projects.forEach(project -> list.add(new ListItem(project.title() + ": " + project.paymentWording().in(Translations.current()))));
        return list;
    }
}
