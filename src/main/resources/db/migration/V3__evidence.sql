-- Evidence files (docs/ledger.md): content-addressed by SHA-256, encrypted on disk with a key of their own that
-- the master key wraps. Rows here are never changed: every registration, access and export is a custody event,
-- and each evidence row and custody event goes into the ledger.

create table evidence (
    id             bigserial   primary key,
    sha256         text        not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    size           bigint      not null check (size >= 0),
    media_type     text        not null,
    metadata       text        not null,
    wrapped_key    bytea       not null,
    has_thumbnail  boolean     not null,
    registered_by  text        not null,
    registered_at  timestamptz not null
);

create table evidence_attachment (
    id           bigserial   primary key,
    evidence_id  bigint      not null references evidence (id),
    source_id    bigint      references source (id),
    claim_id     bigint      references claim (id),
    check ((source_id is null) <> (claim_id is null)),
    unique (evidence_id, source_id, claim_id)
);

create table custody_event (
    id             bigserial   primary key,
    evidence_id    bigint      not null references evidence (id),
    event          text        not null check (event in ('register', 'access', 'export')),
    how            text        check (how in ('upload', 'import', 'capture')),
    original_name  text        check (length(original_name) <= 500),
    actor          text        not null,
    at             timestamptz not null,
    details        text
);

create index custody_event_evidence_idx on custody_event (evidence_id);

create trigger evidence_append_only before update or delete or truncate on evidence
    for each statement execute function refuse_revision_change();
create trigger custody_append_only before update or delete or truncate on custody_event
    for each statement execute function refuse_revision_change();

create function queue_evidence_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) values (tg_argv[0], new.id);
    return new;
end
$$;

create trigger evidence_to_ledger after insert on evidence
    for each row execute function queue_evidence_for_ledger('evidence');
create trigger custody_to_ledger after insert on custody_event
    for each row execute function queue_evidence_for_ledger('custody');
