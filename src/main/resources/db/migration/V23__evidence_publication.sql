-- Whether an evidence file is public is an editor's decision, file by file, with the reason given: a relative's
-- photo or a satellite image is never shown publicly because the record it supports is. The latest decision
-- counts; none means not public. Decisions are never changed, and each goes into the ledger.
create table evidence_publication (
    id           bigserial   primary key,
    evidence_id  bigint      not null references evidence (id),
    published    boolean     not null,
    reason       text        not null check (length(reason) between 1 and 1000),
    decided_by   text        not null,
    decided_at   timestamptz not null
);

create index evidence_publication_evidence_idx on evidence_publication (evidence_id, id);

create trigger evidence_publication_append_only before update or delete or truncate on evidence_publication
    for each statement execute function refuse_revision_change();
create trigger evidence_publication_to_ledger after insert on evidence_publication
    for each row execute function queue_evidence_for_ledger('evidence-publication');
