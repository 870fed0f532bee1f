package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import org.communityjourneys.shared.domain.MapPoint;

/**
 * A Leaflet map (frontend/places-map.ts) of ward centres and the ideas and projects placed near
 * them. The drawing is hidden from screen readers: every page that shows it lists the same places
 * in text ({@link PlacesSection}). The background tiles come from {@link MapTiles}; without a tile
 * server the markers are drawn on a plain background.
 */
@Tag("places-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.20")
@JsModule("./places-map.ts")
public class PlacesMap extends Component implements HasSize, HasStyle {

    /** A ward centre on the map. */
    public record Centre(MapPoint point, String label) {
    }

    /** An idea or project on the map; {@code href} is relative to the page's base. */
    public record Marker(MapPoint point, String label, Kind kind, String href) {
    }

    public enum Kind { IDEA, PROJECT }

    public PlacesMap(MapTiles tiles) {
        addClassName("places-map");
        getElement().setProperty("tileUrl", tiles.url());
        getElement().setProperty("attribution", tiles.attribution());
    }

    public void show(List<Centre> centres, List<Marker> markers) {
        JsonArray centreList = Json.createArray();
        for (Centre centre : centres) {
            JsonObject json = point(centre.point());
            json.put("label", centre.label());
            centreList.set(centreList.length(), json);
        }
        JsonArray markerList = Json.createArray();
        for (Marker marker : markers) {
            JsonObject json = point(marker.point());
            json.put("label", marker.label());
            json.put("kind", marker.kind() == Kind.PROJECT ? "project" : "idea");
            if (marker.href() != null) {
                json.put("href", marker.href());
            }
            markerList.set(markerList.length(), json);
        }
        getElement().setPropertyJson("centres", centreList);
        getElement().setPropertyJson("places", markerList);
        getElement().callJsFunction("clearPin");
    }

    private static JsonObject point(MapPoint point) {
        JsonObject json = Json.createObject();
        json.put("latitude", point.latitude().doubleValue());
        json.put("longitude", point.longitude().doubleValue());
        return json;
    }

    /** Lets a click on the map say where: {@link PlacePicked} events follow. */
    public Registration onPlacePicked(com.vaadin.flow.component.ComponentEventListener<PlacePicked> listener) {
        getElement().setProperty("pickable", true);
        return addListener(PlacePicked.class, listener);
    }

    /** Someone clicked (or tapped) the map at a point. */
    @DomEvent("place-picked")
    public static class PlacePicked extends ComponentEvent<PlacesMap> {

        private final double latitude;
        private final double longitude;

        public PlacePicked(PlacesMap source, boolean fromClient,
                @EventData("event.detail.latitude") double latitude,
                @EventData("event.detail.longitude") double longitude) {
            super(source, fromClient);
            this.latitude = latitude;
            this.longitude = longitude;
        }

        public double latitude() {
            return latitude;
        }

        public double longitude() {
            return longitude;
        }
    }
}
