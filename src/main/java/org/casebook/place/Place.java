package org.casebook.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public record Place(
        long id,
        String name,
        List<String> otherNames,
        PlaceLevel level,
        Long parentId,
        Double latitude,
        Double longitude,
        int version,
        boolean retracted,
        String retractionReason) {

    Map<String, Object> revisionContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", id);
        content.put("name", name);
        content.put("otherNames", otherNames);
        content.put("level", level);
        content.put("parentId", parentId);
        content.put("latitude", latitude);
        content.put("longitude", longitude);
        content.put("version", version);
        content.put("retracted", retracted);
        content.put("retractionReason", retractionReason);
        return content;
    }
}
