package org.casebook.person;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.editing.Editable;
import org.casebook.records.Publication;

/** A name exactly as a source gives it, with its script (ISO 15924) detected rather than typed. */
public record PersonName(
        long id,
        long personId,
        String text,
        String script,
        NameKind kind,
        String language,
        int version,
        boolean retracted,
        String retractionReason,
        Publication publication)
        implements Editable {

    @Override
    public Map<String, Object> revisionContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", id);
        content.put("personId", personId);
        content.put("text", text);
        content.put("script", script);
        content.put("kind", kind);
        content.put("language", language);
        content.put("version", version);
        content.put("retracted", retracted);
        content.put("retractionReason", retractionReason);
        publication.addTo(content);
        return content;
    }
}
