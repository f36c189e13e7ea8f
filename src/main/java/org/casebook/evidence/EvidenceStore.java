package org.casebook.evidence;

import com.google.crypto.tink.StreamingAead;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.claim.ClaimService;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.source.SourceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The content-addressed, encrypted file store. Uploads stream through SHA-256 and encryption straight to a
 * temporary file, so memory use does not grow with the file; the file gets its hash as its name only once it is
 * complete, and an oversize or failed upload leaves nothing behind.
 */
@Service
public class EvidenceStore {
    static final byte[] FILE_CONTEXT = "casebook-evidence-file".getBytes(StandardCharsets.UTF_8);
    static final byte[] THUMBNAIL_CONTEXT = "casebook-evidence-thumbnail".getBytes(StandardCharsets.UTF_8);
    private static final int HEAD = 64 * 1024;

    private final JdbcClient jdbc;
    private final EvidenceRows rows;
    private final EvidenceKeys keys;
    private final FileInspection inspection;
    private final Clock clock;
    private final Path root;
    private final long maxBytes;
    private final SourceService sources;
    private final ClaimService claims;

    public EvidenceStore(
            JdbcClient jdbc,
            EvidenceRows rows,
            EvidenceKeys keys,
            FileInspection inspection,
            Clock clock,
            SourceService sources,
            ClaimService claims,
            @Value("${casebook.evidence.directory}") String directory,
            @Value("${casebook.evidence.max-bytes}") long maxBytes) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.keys = keys;
        this.inspection = inspection;
        this.clock = clock;
        this.root = Path.of(directory).toAbsolutePath();
        this.maxBytes = maxBytes;
        this.sources = sources;
        this.claims = claims;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Where a file attaches: exactly one of a source or a claim. */
    public record Attachment(Long sourceId, Long claimId) {}

    /** How a file came in; "derived": an editor's copy of another file (an image without its metadata). */
    private static final List<String> HOW = List.of("upload", "import", "capture", "derived");

    public Evidence register(InputStream upload, String originalName, String how, String actor, Attachment attachment) {
        Permissions.require(Role.contributor);
        if ((attachment.sourceId() == null) == (attachment.claimId() == null)) {
            throw new InvalidInput(
                    "sourceId", "attach the file to exactly one source or one claim", "app.error.attachOne");
        }
        if (!HOW.contains(how)) {
            String values = String.join(", ", HOW);
            throw new InvalidInput("how", "must be one of " + values, "error.oneOf", "values", values);
        }
        requireExists(attachment);
        return store(upload, originalName, how, actor, attachment, maxBytes, null);
    }

    /**
     * A file a relative sends with a report, through the public form (its guard stands before this door). It
     * attaches to nothing, and a file attached to nothing opens for editors only ({@link #readable}) until an
     * editor attaches it to a claim or a source. Its original name is not kept: it may name the family.
     *
     * @param types the media types accepted, as Casebook detects them from the content
     */
    public Evidence registerReported(InputStream upload, long limit, Set<String> types) {
        return store(upload, null, "report", "relative", null, Math.min(limit, maxBytes), types);
    }

    /** A file by its hash, for the reader asking: a file attached to nothing yet (a report's) is for editors only. */
    public Evidence readable(String sha256) {
        Evidence evidence = get(sha256);
        boolean attached = jdbc.sql("select exists (select 1 from evidence_attachment where evidence_id = :id)")
                .param("id", evidence.id())
                .query(Boolean.class)
                .single();
        if (!attached && !CurrentUser.has(Role.editor)) {
            throw new RecordNotFound("evidence", sha256);
        }
        return evidence;
    }

    private Evidence store(
            InputStream upload,
            String originalName,
            String how,
            String actor,
            Attachment attachment,
            long limit,
            Set<String> types) {
        Path temp = null;
        try {
            Files.createDirectories(root.resolve("tmp"));
            temp = root.resolve("tmp").resolve(UUID.randomUUID().toString());
            EvidenceKeys.FileKey key = keys.newFileKey();
            MessageDigest sha = Merkle.sha256();
            LimitedUpload limited = new LimitedUpload(upload, limit);
            byte[] head;
            try (InputStream in = new DigestInputStream(limited, sha);
                    OutputStream out = key.cipher().newEncryptingStream(Files.newOutputStream(temp), FILE_CONTEXT)) {
                head = in.readNBytes(HEAD);
                out.write(head);
                in.transferTo(out);
            }
            String hash = Hex.of(sha.digest());
            String mediaType = inspection.detect(head);
            if (types != null && !types.contains(mediaType)) {
                throw new InvalidInput(
                        "files",
                        "a photo (JPEG, PNG, WebP, GIF, HEIC) or a PDF document, not " + mediaType,
                        "error.fileType",
                        "type",
                        mediaType);
            }
            Optional<Evidence> existing = find(hash);
            if (existing.isPresent()) {
                Files.delete(temp);
                temp = null;
                return rows.record(existing.get(), null, originalName, how, actor, attachment);
            }
            Path stored = temp;
            FileInspection.Inspected inspected =
                    inspection.inspect(() -> decrypt(key.cipher(), stored), limited.count(), mediaType);
            String metadata = inspected.metadata();
            byte[] thumbnail = inspected.thumbnail();
            Path target = path(hash);
            Files.createDirectories(target.getParent());
            if (thumbnail != null) {
                try (OutputStream out = key.cipher()
                        .newEncryptingStream(Files.newOutputStream(thumbnailPath(hash)), THUMBNAIL_CONTEXT)) {
                    out.write(thumbnail);
                }
            }
            // A file without a row is left over from a crash before its row was written: replace it.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            Evidence created =
                    new Evidence(0, hash, limited.count(), mediaType, metadata, thumbnail != null, actor, now());
            try {
                return rows.record(created, key.wrapped(), originalName, how, actor, attachment);
            } catch (RuntimeException e) {
                Files.deleteIfExists(target);
                Files.deleteIfExists(thumbnailPath(hash));
                throw e;
            }
        } catch (IOException e) {
            if (e.getCause() instanceof EvidenceTooLarge || e instanceof LimitedUpload.TooLarge) {
                throw new EvidenceTooLarge(limit);
            }
            throw new UncheckedIOException("The upload failed; nothing was stored", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed; nothing was stored", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The tmp folder is swept at start; a leftover holds only ciphertext.
                }
            }
        }
    }

    /** Where a checked file goes; opened only once the check passed, so headers are not sent for a damaged file. */
    public interface Target {
        OutputStream open() throws IOException;
    }

    /** Decrypts to the target after checking the hash in a first pass, so a reader never gets altered bytes. */
    public void copyTo(Evidence evidence, String actor, Target target) throws IOException {
        checkStored(evidence);
        rows.custody(evidence.id(), "access", null, null, actor, null);
        copyChecked(evidence, target);
    }

    /** A published file for the public: checked like any other read, but not a custody event (see docs/ledger.md). */
    void copyUnlogged(Evidence evidence, Target target) throws IOException {
        checkStored(evidence);
        copyChecked(evidence, target);
    }

    private void copyChecked(Evidence evidence, Target target) throws IOException {
        try (InputStream in = decrypt(cipher(evidence), path(evidence.sha256()))) {
            in.transferTo(target.open());
        }
    }

    /**
     * The file to read as a stream, once its hash has been checked (an import reads its list this way, in constant
     * memory); the access is a custody event like a download.
     */
    public InputStream open(Evidence evidence, String actor) throws IOException {
        Permissions.require(Role.editor);
        checkStored(evidence);
        rows.custody(evidence.id(), "access", null, null, actor, null);
        return decrypt(cipher(evidence), path(evidence.sha256()));
    }

    /** Checks the stored file's hash before anyone reads it. */
    private void checkStored(Evidence evidence) {
        String actual;
        try {
            actual = hashOfStored(evidence);
        } catch (IOException | RuntimeException e) {
            throw new EvidenceDamaged(evidence.sha256());
        }
        if (!actual.equals(evidence.sha256())) {
            throw new EvidenceDamaged(evidence.sha256());
        }
    }

    public byte[] thumbnail(Evidence evidence) throws IOException {
        if (!evidence.hasThumbnail()) {
            throw new RecordNotFound("thumbnail of evidence", evidence.sha256());
        }
        try (InputStream in = cipher(evidence)
                .newDecryptingStream(Files.newInputStream(thumbnailPath(evidence.sha256())), THUMBNAIL_CONTEXT)) {
            return in.readAllBytes();
        } catch (GeneralSecurityException e) {
            throw new IOException("thumbnail cannot be decrypted", e);
        }
    }

    /** SHA-256 of the decrypted stored file; throws when the file is gone or fails authentication. */
    String hashOfStored(Evidence evidence) throws IOException {
        MessageDigest sha = Merkle.sha256();
        try (InputStream in = new DigestInputStream(decrypt(cipher(evidence), path(evidence.sha256())), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Hex.of(sha.digest());
    }

    boolean stored(Evidence evidence) {
        return Files.exists(path(evidence.sha256()));
    }

    private StreamingAead cipher(Evidence evidence) throws IOException {
        byte[] wrapped = jdbc.sql("select wrapped_key from evidence where id = :id")
                .param("id", evidence.id())
                .query(byte[].class)
                .single();
        try {
            return keys.open(wrapped);
        } catch (GeneralSecurityException e) {
            throw new IOException("the file key of evidence " + evidence.sha256() + " cannot be unwrapped", e);
        }
    }

    private static InputStream decrypt(StreamingAead cipher, Path file) throws IOException {
        try {
            return new BufferedInputStream(
                    cipher.newDecryptingStream(Files.newInputStream(file), FILE_CONTEXT), 64 * 1024);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt " + file.getFileName(), e);
        }
    }

    public Evidence get(String sha256) {
        return find(sha256).orElseThrow(() -> new RecordNotFound("evidence", sha256));
    }

    public Optional<Evidence> find(String sha256) {
        return jdbc.sql("select * from evidence where sha256 = :sha")
                .param("sha", sha256)
                .query(EvidenceStore::map)
                .optional();
    }

    public List<Evidence> all(long afterId, int limit) {
        return jdbc.sql("select * from evidence where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(EvidenceStore::map)
                .list();
    }

    public List<Evidence> attachedTo(List<Long> sourceIds, List<Long> claimIds) {
        return jdbc.sql("""
                        select distinct e.* from evidence e join evidence_attachment a on a.evidence_id = e.id
                        where a.source_id = any(:sources) or a.claim_id = any(:claims) order by e.id""")
                .param("sources", sourceIds.toArray(Long[]::new))
                .param("claims", claimIds.toArray(Long[]::new))
                .query(EvidenceStore::map)
                .list();
    }

    public List<CustodyEvent> custodyOf(long evidenceId) {
        return jdbc.sql("select * from custody_event where evidence_id = :id order by id")
                .param("id", evidenceId)
                .query((rs, row) -> new CustodyEvent(
                        rs.getLong("id"),
                        rs.getLong("evidence_id"),
                        rs.getString("event"),
                        rs.getString("how"),
                        rs.getString("original_name"),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("details")))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from evidence").query(Long.class).single();
    }

    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private Path thumbnailPath(String sha256) {
        return path(sha256).resolveSibling(sha256 + ".thumbnail");
    }

    private void requireExists(Attachment attachment) {
        if (attachment.sourceId() != null
                && sources.find(attachment.sourceId())
                        .filter(x -> !x.retracted())
                        .isEmpty()) {
            throw new InvalidInput(
                    "sourceId",
                    "no such source: " + attachment.sourceId(),
                    "app.error.noSource",
                    "id",
                    String.valueOf(attachment.sourceId()));
        }
        if (attachment.claimId() != null
                && claims.find(attachment.claimId()).filter(x -> !x.retracted()).isEmpty()) {
            throw new InvalidInput(
                    "claimId",
                    "no such claim: " + attachment.claimId(),
                    "app.error.noClaim",
                    "id",
                    String.valueOf(attachment.claimId()));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static Evidence map(ResultSet rs, int row) throws SQLException {
        return new Evidence(
                rs.getLong("id"),
                rs.getString("sha256"),
                rs.getLong("size"),
                rs.getString("media_type"),
                rs.getString("metadata"),
                rs.getBoolean("has_thumbnail"),
                rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
