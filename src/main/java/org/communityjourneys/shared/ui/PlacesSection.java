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
        Paragraph key = new Paragraph("Dashed rings are ward centres; purple dots are ideas, green dots funded projects. "
                + "The list below says the same in words.");
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
            where.add(new Paragraph("Nothing is placed here yet."));
            return where;
        }
        if (placed.isEmpty()) {
            where.add(new Paragraph("Nothing is placed on the map yet."));
        } else {
            UnorderedList list = new UnorderedList();
            for (Entry entry : placed) {
                String whereItIs = entry.centre() == null ? "in " + entry.wardName()
                        : entry.point().describedFrom(entry.centre(), entry.wardName());
                ListItem item = new ListItem(link(entry), new Span(" (" + (entry.kind() == Kind.PROJECT ? "funded project" : "idea")
                        + "): " + whereItIs + (entry.givenBy() == null ? "" : ", " + entry.givenBy()) + "."));
                item.addClassName(entry.kind() == Kind.PROJECT ? "place-project" : "place-idea");
                list.add(item);
            }
            where.add(list);
        }
        if (!unplaced.isEmpty()) {
            where.add(new Paragraph("Not placed on the map: " + String.join("; ", unplaced.stream()
                    .map(entry -> entry.title() + (entry.kind() == Kind.PROJECT ? " (funded project)" : " (idea)")).toList()) + "."));
        }
        return where;
    }

    private static com.vaadin.flow.component.Component link(Entry entry) {
        return entry.href() == null ? new Span(entry.title()) : new Anchor(entry.href(), entry.title());
    }
}
