package org.casebook.publish;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.LedgerKeys;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.VerifierMain;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How anyone checks Casebook without trusting it: the latest signed tree head, the signing key and its
 * fingerprint, the standalone verifier to download, and how to use them on a public bundle.
 */
@Controller
class TransparencyController {
    private static final String PROOF_CLASSES = "classpath*:org/casebook/ledger/proof/*.class";

    private final Ledger ledger;
    private final LedgerKeys keys;
    private volatile byte[] verifier;

    TransparencyController(Ledger ledger, LedgerKeys keys) {
        this.ledger = ledger;
        this.keys = keys;
    }

    @GetMapping("/transparency")
    String page(Model model) {
        // While the ledger is still empty there is no tree head: the page says so.
        ledger.latestTreeHead().ifPresent(h -> {
            model.addAttribute("treeSize", h.size());
            model.addAttribute("root", Hex.of(h.rootHash()));
            model.addAttribute("issuedAt", h.issuedAt().toString());
            model.addAttribute("signature", Hex.of(h.signature()));
        });
        model.addAttribute("publicKey", Hex.of(keys.publicKeyRaw()));
        model.addAttribute("fingerprint", keys.fingerprint());
        return "publish/transparency";
    }

    /**
     * The verifier, built from the very classes this server runs (the JDK-only proof package), so the download
     * matches the source of this version; the Maven build makes the same jar as target/…-verifier.jar.
     */
    @GetMapping("/transparency/casebook-verifier.jar")
    void verifierJar(HttpServletResponse response) throws IOException {
        byte[] jar = verifier();
        response.setContentType("application/java-archive");
        response.setHeader("Content-Disposition", "attachment; filename=\"casebook-verifier.jar\"");
        response.setContentLength(jar.length);
        response.getOutputStream().write(jar);
    }

    private byte[] verifier() {
        byte[] built = verifier;
        if (built == null) {
            verifier = built = buildVerifier();
        }
        return built;
    }

    private static byte[] buildVerifier() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, VerifierMain.class.getName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PROOF_CLASSES)) {
                JarEntry entry = new JarEntry("org/casebook/ledger/proof/" + resource.getFilename());
                entry.setTime(0);
                jar.putNextEntry(entry);
                try (InputStream in = resource.getInputStream()) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
