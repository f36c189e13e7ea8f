package org.casebook.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The standalone verifier refuses what is malformed instead of reading past it (issue 13, item 9). */
class StrictVerifierTest {
    private static final String LEAF = Hex.of(Merkle.leafHash("only".getBytes(StandardCharsets.UTF_8)));
    private static final String H = "ab".repeat(32);

    private static String[] inclusion(String proof) {
        return new String[] {
            "verify-inclusion", "--leaf-hash", LEAF, "--index", "0", "--size", "1", "--root", LEAF, "--proof", proof
        };
    }

    private static int run(String... args) {
        return VerifierMain.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyProofElementIsMalformed() {
        assertThat(run(inclusion(""))).as("a tree of one entry needs no hashes").isZero();
        for (String proof : List.of("," + H, H + ",", H + ",," + H, ",")) {
            assertThat(run(inclusion(proof))).as(proof).isEqualTo(2);
        }
        assertThat(VerifierMain.hashes(H + "," + H)).hasSize(2);
    }

    @Test
    void aManifestWithAFieldOfTheWrongKindIsMalformedAndSaysWhich() throws Exception {
        Path bundle = Files.createTempFile("bundle", ".zip");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(BundleFormat.MANIFEST));
            out.write(
                    ("{\"format\":\"" + BundleFormat.FORMAT + "\",\"publicKey\":\"00\",\"treeHead\":\"not an object\"}")
                            .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.setComment(BundleFormat.COMMENT_PREFIX
                    + "0".repeat(BundleFormat.COMMENT_LENGTH - BundleFormat.COMMENT_PREFIX.length()));
        }
        Files.write(bundle, zip.toByteArray());
        BundleVerifier.Outcome outcome = BundleVerifier.verify(bundle, null);
        assertThat(outcome.holds()).isFalse();
        assertThat(outcome.summary()).startsWith("the manifest is malformed").contains("treeHead");
    }
}
