package org.casebook.prooflife;

import java.util.List;
import org.casebook.evidence.Evidence;
import org.casebook.footage.Footage;
import org.casebook.footage.FootageComparison;
import org.casebook.web.FormErrors;

/**
 * The footage page's model: the request, the videos attached to its answer's source, the first video's keyframes
 * and metadata, and when a second is chosen, the comparison.
 */
public record FootagePage(
        LifeRequest request,
        String personId,
        List<Evidence> videos,
        String first,
        String second,
        Evidence firstFile,
        Footage keyframes,
        List<FootageComparison.Segment> comparison,
        FormErrors errors) {

    public static String hex(long hash) {
        return String.format("%016x", hash);
    }

    public static String time(double seconds) {
        return String.format("%d:%04.1f", (int) seconds / 60, seconds % 60);
    }
}
