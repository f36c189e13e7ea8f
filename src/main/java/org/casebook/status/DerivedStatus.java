package org.casebook.status;

import java.util.List;

/**
 * @param explanation one line a reader can check against the timeline
 * @param basis       the claims the status rests on; for a contested status, the claims of every side
 */
public record DerivedStatus(PersonStatus status, String explanation, List<Long> basis) {
    public static final DerivedStatus UNKNOWN =
            new DerivedStatus(PersonStatus.unknown, "No credible status claim yet.", List.of());
}
