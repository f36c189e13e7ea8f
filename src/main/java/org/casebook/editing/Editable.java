package org.casebook.editing;

import java.util.Map;
import org.casebook.records.Publication;

/** A record that is edited, retracted and published the one way {@link RecordEdits} writes down. */
public interface Editable {
    long id();

    int version();

    boolean retracted();

    String retractionReason();

    Publication publication();

    /** What its revision holds: the record's public fields, never a secret. */
    Map<String, Object> revisionContent();
}
