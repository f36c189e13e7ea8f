package org.casebook.editing;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.records.EditGuard;
import org.casebook.records.InputChecks;
import org.casebook.records.Publication;
import org.casebook.records.Retraction;
import org.springframework.stereotype.Component;

/**
 * The one sequence by which a stored record changes: lock its row, check that the acting account may change it and
 * that it is the version the change was made against, write, read it back, append its revision, audit what is
 * audited, and let the owner react (events, derived statuses). The owner supplies the SQL; callers are transactional.
 */
@Component
public class RecordEdits {
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final AuditLog audit;

    RecordEdits(RevisionLog revisions, InputChecks checks, AuditLog audit) {
        this.revisions = revisions;
        this.checks = checks;
        this.audit = audit;
    }

    /**
     * How one kind of record is locked, read and followed up; each owning service defines one.
     *
     * @param noun       how messages name it ("person", "name", "source", "claim")
     * @param auditName  how the audit log names one record ("person/CB-000001")
     * @param changed    what follows any change, given the record before and after it
     * @param retracted  what follows a retraction instead
     */
    public record Kind<R extends Editable>(
            RecordType type,
            String noun,
            LongFunction<R> lock,
            LongFunction<R> read,
            Function<R, String> auditName,
            BiConsumer<R, R> changed,
            Consumer<R> retracted) {}

    /** An edit of the record's fields; contributors may change their own drafts, editors anything. */
    public <R extends Editable> R update(
            Kind<R> kind, long id, Integer version, String reason, String actor, Consumer<R> write) {
        R current = kind.lock().apply(id);
        Permissions.requireToChange(current.publication(), () -> revisions.author(kind.type(), id));
        EditGuard.check(kind.noun(), id, version, current.version(), current.retracted());
        write.accept(current);
        R changed = kind.read().apply(id);
        revisions.append(
                kind.type(),
                id,
                changed.version(),
                Revision.Action.update,
                actor,
                InputChecks.optional(reason),
                changed.revisionContent());
        kind.changed().accept(current, changed);
        return changed;
    }

    /** Retraction, by editors, with a reason: the record stays, marked, with its whole history. */
    public <R extends Editable> R retract(
            Kind<R> kind, long id, Retraction retraction, String actor, Consumer<String> markRetracted) {
        Permissions.require(Role.editor);
        checks.collect(retraction).throwIfAny();
        R current = kind.lock().apply(id);
        EditGuard.check(kind.noun(), id, retraction.version(), current.version(), current.retracted());
        markRetracted.accept(retraction.reason().strip());
        R retracted = kind.read().apply(id);
        revisions.append(
                kind.type(),
                id,
                retracted.version(),
                Revision.Action.retract,
                actor,
                retracted.retractionReason(),
                retracted.revisionContent());
        audit.record("retraction", kind.auditName().apply(retracted), retracted.retractionReason());
        kind.retracted().accept(retracted);
        return retracted;
    }

    /**
     * A move between draft, internal and published, by editors.
     *
     * @param allowed throws when the record may not move to {@code state} (publishing needs its origin public first)
     */
    public <R extends Editable> R setPublication(
            Kind<R> kind,
            long id,
            Publication state,
            Integer version,
            String actor,
            Consumer<R> allowed,
            Consumer<Publication> write) {
        Permissions.require(Role.editor);
        R current = kind.lock().apply(id);
        EditGuard.check(kind.noun(), id, version, current.version(), current.retracted());
        allowed.accept(current);
        write.accept(state);
        R changed = kind.read().apply(id);
        revisions.append(
                kind.type(),
                id,
                changed.version(),
                Revision.Action.publish,
                actor,
                "now " + state,
                changed.revisionContent());
        audit.record("publication", kind.auditName().apply(changed), "now " + state);
        kind.changed().accept(current, changed);
        return changed;
    }
}
