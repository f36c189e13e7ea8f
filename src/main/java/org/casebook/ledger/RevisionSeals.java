package org.casebook.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casebook.keys.KeyFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application's seal on each revision: HMAC-SHA256 over the revision's ledger fields, under a key that lives
 * in the key directory and never in the database. Someone who can write to the database but cannot read the key
 * cannot make a revision the sequencer will log (docs/ledger.md, section 6).
 */
/* Reads the database when made, so after Flyway has migrated it. */
@Component
@DependsOnDatabaseInitialization
class RevisionSeals {
    private static final String PREFIX = "casebook-revision-seal:v1\n";
    private final SecretKeySpec key;
    private final JdbcClient jdbc;

    RevisionSeals(
            @Value("${casebook.ledger.key-directory}") String directory,
            @Value("${casebook.keys.create-missing:true}") boolean mayCreate,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        Path file = Path.of(directory).resolve("revision-seal.key");
        try {
            if (!Files.exists(file)) {
                boolean sealed = jdbc.sql("select exists (select 1 from revision where seal is not null)")
                        .query(Boolean.class)
                        .single();
                KeyFile.requireCreatable(file, "revision seal", sealed, mayCreate);
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                KeyFile.write(file, fresh);
            }
            byte[] raw = Files.readAllBytes(file);
            if (raw.length != 32) {
                throw new KeyFile.MissingKey(
                        "The revision seal key " + file.toAbsolutePath() + " is not 32 bytes long");
            }
            key = new SecretKeySpec(raw, "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the revision seal key " + file, e);
        }
        jdbc.sql("select id from revision where seal is not null order by id desc limit 1")
                .query(Long.class)
                .optional()
                .ifPresent(latest -> {
                    RevisionEntries.Sealed row = RevisionEntries.sealed(jdbc, List.of(latest));
                    if (!holds(row.fields().get(latest), row.seals().get(latest))) {
                        throw new KeyFile.MissingKey(
                                "The revision seal key " + file.toAbsolutePath() + " is not the key"
                                        + " that sealed this store's revisions. Restore the key directory from its backup"
                                        + " (docs/operations.md).");
                    }
                });
    }

    /** The seal of a revision given as its ledger entry fields (see {@link RevisionEntries}). */
    public byte[] seal(Map<String, Object> revisionFields) {
        return seal(CanonicalJson.write(revisionFields));
    }

    private byte[] seal(String canonicalFields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((PREFIX + canonicalFields).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * Why each of these revisions (their ledger fields and stored seals) must not be logged: no seal, from the first
     * id that must carry one, or a seal that does not hold for the row as it is. Revisions that are fine are absent.
     * The sequencer refuses these; verification names them.
     */
    Map<Long, String> broken(RevisionEntries.Sealed revisions) {
        return broken(revisions.written(), revisions.seals());
    }

    /** As {@link #broken(RevisionEntries.Sealed)}, for revisions whose fields are already written. */
    Map<Long, String> broken(Map<Long, CanonicalJson.Members> written, Map<Long, byte[]> seals) {
        if (written.isEmpty()) {
            return Map.of();
        }
        long firstSealed = firstSealedRevision();
        Map<Long, String> broken = new TreeMap<>();
        written.forEach((id, fields) -> {
            byte[] seal = seals.get(id);
            if (seal == null && id >= firstSealed) {
                broken.put(id, "it carries no seal: it was written around the application");
            } else if (seal != null && !MessageDigest.isEqual(seal(fields.write()), seal)) {
                broken.put(id, "its seal does not hold: it was written or changed around the application");
            }
        });
        return broken;
    }

    /** Revisions below this id were logged before seals existed and carry none (fixed by the migration). */
    long firstSealedRevision() {
        return jdbc.sql("select first_id from revision_seal_start")
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    public boolean holds(Map<String, Object> revisionFields, byte[] seal) {
        return seal != null && MessageDigest.isEqual(seal(revisionFields), seal);
    }
}
