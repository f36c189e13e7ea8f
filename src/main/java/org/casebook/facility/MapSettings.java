package org.casebook.facility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the map's background tiles come from (casebook.map.tiles, OpenStreetMap's by default; empty for none) and
 * whose work they are. The security headers allow images from that server on the map pages only.
 */
@Component
public class MapSettings {
    private final String tiles;
    private final String attribution;
    private final MapOutline outline;

    MapSettings(
            @Value("${casebook.map.tiles:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles,
            @Value("${casebook.map.attribution:© OpenStreetMap contributors}") String attribution,
            MapOutline outline) {
        this.tiles = tiles;
        this.attribution = attribution;
        this.outline = outline;
    }

    /** The address of the region's outline for the map, or null when none is installed. */
    public String outline() {
        return outline.geoJson().isPresent() ? "/facilities/outline.geojson" : null;
    }

    public String tiles() {
        return tiles;
    }

    /** Whose work the tiles and the outline are, with their licences. */
    public String attribution() {
        String base = tiles.isBlank() ? "" : attribution;
        String more = outline.geoJson().isPresent() ? outline.attribution() : "";
        return more.isBlank() ? base : base.isBlank() ? more : base + " · " + more;
    }
}
