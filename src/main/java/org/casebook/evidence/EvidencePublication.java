package org.casebook.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.records.InputChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which evidence files the public may see: an editor's decision per file, with a reason, logged in the ledger. A
 * file is shown only beside a published record it is attached to (the public site checks that), and its bytes are
 * published as they are: what the file says about itself (where and by whom it was made) goes with it, so the
 * editor is shown that before deciding.
 */
@Service
public class EvidencePublication {
    private final JdbcClient jdbc;
    private final EvidenceStore store;
    private final InputChecks checks;
    private final Clock clock;

    EvidencePublication(JdbcClient jdbc, EvidenceStore store, InputChecks checks, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.checks = checks;
        this.clock = clock;
    }

    public record Decision(
            @NotNull Boolean published,
            @NotBlank @Size(max = 1000) String reason) {}

    public record Decided(boolean published, String reason, String decidedBy, Instant decidedAt) {}

    /** A public file as the public site and API list it: nothing about who registered it or how it came in. */
    public record PublishedFile(
            String sha256,
            String mediaType,
            long size,
            String takenOn,
            String coordinates,
            boolean thumbnail,
            List<Long> claims,
            boolean ofSource) {}

    /** Records an editor's decision; deciding the same as the latest decision again is refused as a no-op. */
    @Transactional
    public Decided decide(String sha256, Decision decision) {
        Permissions.require(Role.editor);
        InputChecks.Collector problems = checks.collect(decision);
        problems.throwIfAny();
        Evidence evidence = store.get(sha256);
        boolean nowPublished = published(sha256).isPresent();
        if (nowPublished == decision.published()) {
            problems.problem(
                    "published",
                    nowPublished ? "the file is already public" : "the file is not public",
                    nowPublished ? "app.error.evidenceAlreadyPublic" : "app.error.evidenceNotPublic");
            problems.throwIfAny();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into evidence_publication (evidence_id, published, reason, decided_by, decided_at)
                        values (:e, :published, :reason, :by, :at)""")
                .param("e", evidence.id())
                .param("published", decision.published())
                .param("reason", decision.reason().strip())
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(now))
                .update();
        return new Decided(decision.published(), decision.reason().strip(), CurrentUser.name(), now);
    }

    /** Every decision about a file, newest first, for the documenters' evidence page. */
    public List<Decided> decisions(String sha256) {
        return jdbc.sql("""
                        select p.* from evidence_publication p join evidence e on e.id = p.evidence_id
                        where e.sha256 = :sha order by p.id desc""")
                .param("sha", sha256)
                .query((rs, row) -> new Decided(
                        rs.getBoolean("published"),
                        rs.getString("reason"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** The file, when its latest decision publishes it; the caller still checks it supports a published record. */
    public Optional<Evidence> published(String sha256) {
        return jdbc.sql("select e.* from evidence e where e.sha256 = :sha and " + PUBLISHED)
                .param("sha", sha256)
                .query(EvidenceStore::map)
                .optional();
    }

    /** Where a file is attached: the claims and the sources it supports. */
    public record Attachments(List<Long> claims, List<Long> sources) {}

    public Attachments attachments(Evidence evidence) {
        List<Long> claims = new ArrayList<>();
        List<Long> sources = new ArrayList<>();
        jdbc.sql("select claim_id, source_id from evidence_attachment where evidence_id = :id")
                .param("id", evidence.id())
                .query((rs, row) -> {
                    long claim = rs.getLong("claim_id");
                    if (rs.wasNull()) {
                        sources.add(rs.getLong("source_id"));
                    } else {
                        claims.add(claim);
                    }
                    return null;
                })
                .list();
        return new Attachments(claims, sources);
    }

    /**
     * The published files attached to these claims (each listing which of them it supports) and to these sources;
     * {@code withPlace} gives where each says it was made (a satellite image's place is the point; a relative's
     * photo's place may be their home, so it is not shown beside a person's claims).
     */
    public List<PublishedFile> attachedTo(List<Long> sourceIds, List<Long> claimIds, boolean withPlace) {
        if (sourceIds.isEmpty() && claimIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Evidence> files = new LinkedHashMap<>();
        Map<Long, List<Long>> claimsOf = new LinkedHashMap<>();
        Map<Long, Boolean> ofSource = new LinkedHashMap<>();
        jdbc.sql("select e.*, a.claim_id from evidence e join evidence_attachment a on a.evidence_id = e.id"
                        + " where (a.source_id = any(:sources) or a.claim_id = any(:claims)) and " + PUBLISHED
                        + " order by e.id, a.claim_id nulls first")
                .param("sources", sourceIds.toArray(Long[]::new))
                .param("claims", claimIds.toArray(Long[]::new))
                .query((rs, row) -> {
                    Evidence e = EvidenceStore.map(rs, row);
                    files.putIfAbsent(e.id(), e);
                    List<Long> claims = claimsOf.computeIfAbsent(e.id(), id -> new ArrayList<>());
                    long claim = rs.getLong("claim_id");
                    if (rs.wasNull()) {
                        ofSource.put(e.id(), true);
                    } else {
                        claims.add(claim);
                    }
                    return null;
                })
                .list();
        return files.values().stream()
                .map(e -> new PublishedFile(
                        e.sha256(),
                        e.mediaType(),
                        e.size(),
                        e.takenOn(),
                        withPlace ? e.coordinates() : null,
                        e.hasThumbnail(),
                        List.copyOf(claimsOf.get(e.id())),
                        ofSource.getOrDefault(e.id(), false)))
                .toList();
    }

    /** The file's bytes for the public, hash checked first; reading a published file is not a custody event. */
    public void copyPublished(Evidence evidence, EvidenceStore.Target target) throws IOException {
        store.copyUnlogged(evidence, target);
    }

    /** Public files as a public bundle carries them; like a public download, not a custody event. */
    public List<EvidenceBundleFiles.File> bundled(List<PublishedFile> files) {
        return files.stream()
                .map(f -> store.get(f.sha256()))
                .map(e -> EvidenceBundleFiles.File.of(e, out -> store.copyUnlogged(e, () -> out)))
                .toList();
    }

    private static final String PUBLISHED = """
            coalesce((select p.published from evidence_publication p where p.evidence_id = e.id
                      order by p.id desc limit 1), false)""";
}
