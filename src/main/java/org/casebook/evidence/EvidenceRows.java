package org.casebook.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The evidence tables' writes: a file's row, where it attaches, and every custody event. */
@Component
class EvidenceRows {
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EvidenceRows(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Registers a file (a new row when {@code wrappedKey} is given, else the row already there), attaches it (unless
     * {@code attachment} is null: a report's file) and logs the custody event.
     */
    synchronized Evidence record(
            Evidence evidence,
            byte[] wrappedKey,
            String originalName,
            String how,
            String actor,
            EvidenceStore.Attachment attachment) {
        return transaction.execute(status -> {
            Evidence stored = evidence;
            if (wrappedKey != null) {
                long id = jdbc.sql("""
                                insert into evidence (sha256, size, media_type, metadata, wrapped_key, has_thumbnail,
                                                      registered_by, registered_at)
                                values (:sha, :size, :type, :metadata, :key, :thumb, :by, :at) returning id""")
                        .param("sha", evidence.sha256())
                        .param("size", evidence.size())
                        .param("type", evidence.mediaType())
                        .param("metadata", evidence.metadata())
                        .param("key", wrappedKey)
                        .param("thumb", evidence.hasThumbnail())
                        .param("by", actor)
                        .param("at", Timestamp.from(evidence.registeredAt()))
                        .query(Long.class)
                        .single();
                stored = find(evidence.sha256());
                assert stored.id() == id;
            }
            if (attachment != null) {
                jdbc.sql("""
                                insert into evidence_attachment (evidence_id, source_id, claim_id) values (:e, :s, :c)
                                on conflict do nothing""")
                        .param("e", stored.id())
                        .param("s", attachment.sourceId())
                        .param("c", attachment.claimId())
                        .update();
            }
            custody(
                    stored.id(),
                    "register",
                    how,
                    originalName,
                    actor,
                    wrappedKey == null ? "already registered: same SHA-256" : null);
            return stored;
        });
    }

    void custody(long evidenceId, String event, String how, String originalName, String actor, String details) {
        jdbc.sql("""
                        insert into custody_event (evidence_id, event, how, original_name, actor, at, details)
                        values (:e, :event, :how, :name, :actor, :at, :details)""")
                .param("e", evidenceId)
                .param("event", event)
                .param("how", how)
                .param(
                        "name",
                        originalName == null
                                ? null
                                : originalName.length() > 500 ? originalName.substring(0, 500) : originalName)
                .param("actor", actor)
                .param("at", Timestamp.from(now()))
                .param("details", details)
                .update();
    }

    private Evidence find(String sha256) {
        return jdbc.sql("select * from evidence where sha256 = :sha")
                .param("sha", sha256)
                .query(EvidenceStore::map)
                .single();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
