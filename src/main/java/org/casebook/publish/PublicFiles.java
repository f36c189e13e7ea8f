package org.casebook.publish;

import java.util.List;
import org.casebook.evidence.EvidencePublication.PublishedFile;

/**
 * The files an editor has made public, among those attached to the claims and source a public page shows: what
 * the page shows beside each claim, and what its public bundle carries.
 */
public record PublicFiles(List<PublishedFile> all) {
    public static final PublicFiles NONE = new PublicFiles(List.of());

    public List<PublishedFile> of(long claimId) {
        return all.stream().filter(f -> f.claims().contains(claimId)).toList();
    }

    /** The files attached to the source itself (an archived copy, a satellite image): shown on its page. */
    public List<PublishedFile> ofSource() {
        return all.stream().filter(PublishedFile::ofSource).toList();
    }
}
