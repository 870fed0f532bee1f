package org.communityjourneys.shared.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tile server behind the ward maps: {@code communityjourneys.map.tile-url} (an XYZ template
 * such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}) and the attribution its terms ask
 * for. Off (empty) unless set: the maps then show their markers on a plain background, and nothing
 * leaves the browser for a third party. No key belongs in the repository; set one in the environment.
 */
@Component
public class MapTiles {

    private final String url;
    private final String attribution;

    public MapTiles(@Value("${communityjourneys.map.tile-url:}") String url,
            @Value("${communityjourneys.map.attribution:}") String attribution) {
        this.url = url == null ? "" : url.trim();
        this.attribution = attribution == null ? "" : attribution.trim();
        if (!this.url.isEmpty() && !(this.url.startsWith("https://") || this.url.startsWith("http://"))) {
            throw new IllegalArgumentException("communityjourneys.map.tile-url must be an http(s) address, not " + this.url);
        }
    }

    public String url() {
        return url;
    }

    public String attribution() {
        return attribution;
    }

    public boolean on() {
        return !url.isEmpty();
    }
}
