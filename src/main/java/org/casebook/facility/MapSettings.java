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

    MapSettings(
            @Value("${casebook.map.tiles:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles,
            @Value("${casebook.map.attribution:© OpenStreetMap contributors}") String attribution) {
        this.tiles = tiles;
        this.attribution = attribution;
    }

    public String tiles() {
        return tiles;
    }

    public String attribution() {
        return attribution;
    }
}
