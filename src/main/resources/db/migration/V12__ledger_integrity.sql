-- Revisions carry the application's seal (HMAC-SHA256 under a key kept with the ledger's signing key, never in the
-- database): the sequencer logs only revisions whose seal holds, so a revision inserted around the application is
-- refused instead of being signed into the ledger. Revisions written before this migration were logged without a
-- seal; the first id that must carry one is recorded here.
alter table revision add column seal bytea check (seal is null or length(seal) = 32);

create table revision_seal_start (
    id       smallint primary key check (id = 1),
    first_id bigint   not null
);
insert into revision_seal_start (id, first_id) select 1, coalesce(max(id), 0) + 1 from revision;

-- What the sequencer refused to log, and why; verify names each one.
create table ledger_refused (
    entry_type text        not null,
    ref_id     bigint      not null,
    reason     text        not null,
    refused_at timestamptz not null,
    primary key (entry_type, ref_id)
);

-- The audit log goes into the ledger too (as a digest of each event), so wiping or editing it is noticed.
create function queue_audit_event_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) values ('audit', new.id);
    return new;
end
$$;

create trigger audit_event_to_ledger after insert on audit_event
    for each row execute function queue_audit_event_for_ledger();

insert into ledger_queue (entry_type, ref_id) select 'audit', id from audit_event order by id;
