package org.casebook.publish;

import org.casebook.claim.Claim;
import org.casebook.ledger.Ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** What another capability (evidence) adds to a bundle: files and the ledger entries that register them. */
public interface BundleFiles {
    Contribution contribute(List<Claim> claims, String actor);

    record Contribution(List<Ledger.Leaf> leaves, List<File> files) {
    }

    interface File {
        String sha256();

        String extension();

        void writeTo(OutputStream out) throws IOException;
    }
}
