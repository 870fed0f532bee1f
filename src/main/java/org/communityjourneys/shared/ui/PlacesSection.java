package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.ui.PlacesMap.Centre;
import org.communityjourneys.shared.ui.PlacesMap.Kind;
import org.communityjourneys.shared.ui.PlacesMap.Marker;

/**
 * "On the map": the map of a ward's (or a journey's) places and, always beside it, the same
 * places in a list that says where each is in words, so that the map is never the only way in.
 */
public class PlacesSection extends Section {

    /**
     * One idea or project: {@code point} is null when it has no place; {@code centre} is its ward's
     * centre, from which the list says where it is; {@code givenBy} says how the place was given.
     */
    public record Entry(String title, Kind kind, String href, MapPoint point, MapPoint centre, String wardName, String givenBy) {
    }

    private final PlacesMap map;

    public PlacesSection(String id, String heading, MapTiles tiles, List<Centre> centres, List<Entry> entries) {
        setId(id);
        addClassName("places-section");
        add(new H2(heading));
        map = new PlacesMap(tiles);
        map.setId(id + "-map");
        map.setWidthFull();
        map.setHeight("20rem");
        map.show(centres, entries.stream().filter(entry -> entry.point() != null)
                .map(entry -> new Marker(entry.point(), entry.title(), entry.kind(), entry.href())).toList());
        Paragraph key = new Paragraph(Translations.text("places.key"));
        key.addClassName("places-key");
        add(map, key);
        add(list(id, entries));
    }

    public PlacesMap map() {
        return map;
    }

    private static Section list(String id, List<Entry> entries) {
        Section where = new Section();
        where.setId(id + "-list");
        where.addClassName("places-list");
        List<Entry> placed = entries.stream().filter(entry -> entry.point() != null).toList();
        List<Entry> unplaced = entries.stream().filter(entry -> entry.point() == null).toList();
        if (entries.isEmpty()) {
            where.add(new Paragraph(Translations.text("places.nothing")));
            return where;
        }
        if (placed.isEmpty()) {
            where.add(new Paragraph(Translations.text("places.nothingPlaced")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Entry entry : placed) {
                String whereItIs = entry.centre() == null ? Translations.text("places.inWard", entry.wardName())
                        : inWords(entry.point(), entry.centre(), entry.wardName());
                ListItem item = new ListItem(link(entry), new Span(Translations.text(
                        entry.givenBy() == null ? "places.line" : "places.lineGivenBy", kindText(entry.kind()), whereItIs, entry.givenBy())));
                item.addClassName(entry.kind() == Kind.PROJECT ? "place-project" : "place-idea");
                list.add(item);
            }
            where.add(list);
        }
        if (!unplaced.isEmpty()) {
            where.add(new Paragraph(Translations.text("places.notPlaced", String.join("; ", unplaced.stream()
                    .map(entry -> Translations.text("places.titleAndKind", entry.title(), kindText(entry.kind()))).toList()))));
        }
        return where;
    }

    private static String kindText(Kind kind) {
        return Translations.text(kind == Kind.PROJECT ? "places.kind.project" : "places.kind.idea");
    }

    /**
     * Where a point lies from its ward's centre, for people who do not use the map, in the UI's
     * language: "at the centre of College", "about 300 m north-east of the centre of College",
     * "about 2.4 km west of the centre of College".
     */
    public static String inWords(MapPoint point, MapPoint centre, String wardName) {
        double km = centre.kilometresTo(point);
        if (km < 0.05) {
            return Translations.text("places.atCentre", wardName);
        }
        String distance = km < 0.95 ? Translations.text("places.metres", Math.round(km * 10) * 100)
                : Translations.text("places.kilometres", Math.round(km * 10) / 10.0);
        return Translations.text("places.fromCentre", distance,
                Translations.text("places.direction." + centre.directionTo(point)), wardName);
    }

    private static com.vaadin.flow.component.Component link(Entry entry) {
        return entry.href() == null ? new Span(entry.title()) : new Anchor(entry.href(), entry.title());
    }
}
