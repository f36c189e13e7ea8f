package org.casebook.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.casebook.claim.Claim;
import org.casebook.ledger.Ledger;
import org.springframework.stereotype.Component;

/** The files attached to a bundle's claims and their sources, with their registration and custody entries. */
@Component
public class EvidenceBundleFiles {
    private final EvidenceStore store;
    private final EvidenceRows rows;
    private final Ledger ledger;

    EvidenceBundleFiles(EvidenceStore store, EvidenceRows rows, Ledger ledger) {
        this.store = store;
        this.rows = rows;
        this.ledger = ledger;
    }

    public record Contribution(List<Ledger.Leaf> leaves, List<File> files) {}

    /** Writes a file's bytes into the bundle: with a custody event (an internal bundle) or without (a public one). */
    public interface Copy {
        void to(OutputStream out) throws IOException;
    }

    /** A file as the bundle writes it. */
    public record File(String sha256, String extension, Copy copy) {
        static File of(Evidence e, Copy copy) {
            return new File(e.sha256(), e.extension(), copy);
        }

        public void writeTo(OutputStream out) throws IOException {
            copy.to(out);
        }
    }

    public Contribution contribute(List<Claim> claims, String actor) {
        List<Evidence> evidence = store.attachedTo(
                claims.stream().map(Claim::sourceId).distinct().toList(),
                claims.stream().map(Claim::id).toList());
        List<Ledger.Leaf> leaves = new ArrayList<>();
        List<File> files = new ArrayList<>();
        for (Evidence e : evidence) {
            ledger.leafFor("evidence", e.id()).ifPresent(leaves::add);
            store.custodyOf(e.id())
                    .forEach(c -> ledger.leafFor("custody", c.id()).ifPresent(leaves::add));
            files.add(File.of(e, out -> store.copyTo(e, actor, () -> out)));
            rows.custody(e.id(), "export", null, null, actor, "evidence bundle");
        }
        return new Contribution(leaves, files);
    }
}
