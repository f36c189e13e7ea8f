package org.casebook.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.editing.Editable;
import org.casebook.records.Publication;

public record Source(
        long id,
        SourceKind kind,
        String title,
        String publisher,
        String url,
        LocalDate publishedOn,
        String language,
        Party party,
        Reliability reliability,
        String excerpt,
        boolean synthetic,
        int version,
        boolean retracted,
        String retractionReason,
        Publication publication,
        Consent consent)
        implements Editable {

    @Override
    public Map<String, Object> revisionContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", id);
        content.put("kind", kind);
        content.put("title", title);
        content.put("publisher", publisher);
        content.put("url", url);
        content.put("publishedOn", publishedOn);
        content.put("language", language);
        content.put("party", party);
        content.put("reliability", reliability);
        content.put("excerpt", excerpt);
        content.put("synthetic", synthetic);
        content.put("version", version);
        content.put("retracted", retracted);
        content.put("retractionReason", retractionReason);
        publication.addTo(content);
        if (consent != null) {
            content.put("consent", consent);
        }
        return content;
    }
}
