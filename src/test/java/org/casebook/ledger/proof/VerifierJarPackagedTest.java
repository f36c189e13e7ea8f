package org.casebook.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The packaged verifier jar runs with nothing but a JDK: no Spring, no other jar on the class path. */
class VerifierJarPackagedTest {
    static final Path JAR =
            Path.of(System.getProperty("casebook.verifier.jar", "target/casebook-0.1.0-SNAPSHOT-verifier.jar"));

    record Run(int exit, String output) {}

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    @Test
    void containsOnlyTheProofPackage() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class")))
                    .isNotEmpty()
                    .allMatch(n -> n.startsWith("org/casebook/ledger/proof/"));
        }
    }

    @Test
    void checksProofsFromTheCommandLineWithExitCodes() throws Exception {
        // RFC 6962 reference vector: leaf 1 ("00") of the 5-leaf tree.
        String leaf = Hex.of(Merkle.leafHash(new byte[] {0}));
        String root5 = "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4";
        String proof = "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d,"
                + "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,"
                + "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b";
        Run ok = run(
                "verify-inclusion",
                "--leaf-hash",
                leaf,
                "--index",
                "1",
                "--size",
                "5",
                "--root",
                root5,
                "--proof",
                proof);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output().strip().lines()).singleElement().asString().startsWith("VALID");
        Run wrong = run(
                "verify-inclusion",
                "--leaf-hash",
                leaf,
                "--index",
                "2",
                "--size",
                "5",
                "--root",
                root5,
                "--proof",
                proof);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.output()).startsWith("INVALID");
        Run malformed = run("verify-inclusion", "--leaf-hash", "xyz", "--index", "1", "--size", "5", "--root", root5);
        assertThat(malformed.exit()).isEqualTo(2);

        Run consistent = run(
                "verify-consistency",
                "--size1",
                "2",
                "--size2",
                "5",
                "--root1",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "--root2",
                root5,
                "--proof",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,"
                        + "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(consistent.exit()).as(consistent.output()).isZero();
    }

    @Test
    void refusesSomethingThatIsNotABundle() throws Exception {
        Path notABundle = Files.createTempFile("not", ".zip");
        Files.writeString(notABundle, "hello");
        Run run = run("verify-bundle", notABundle.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("INVALID");
    }
}
