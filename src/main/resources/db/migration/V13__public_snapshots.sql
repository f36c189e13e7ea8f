-- What the public site showed of a record, as the public API gives it, each time someone asked for its public
-- evidence bundle and it had changed since the last time. Append-only and logged in the ledger (entry type
-- "public"), so a public bundle proves what was published without holding any internal or secret field.
create table public_snapshot (
    id           bigserial   primary key,
    subject      text        not null check (subject ~ '^(person CB-[0-9]{6,}|source [0-9]+)$'),
    content      text        not null,
    recorded_at  timestamptz not null
);

create index public_snapshot_subject_idx on public_snapshot (subject, id);

create trigger public_snapshot_append_only before update or delete or truncate on public_snapshot
    for each statement execute function refuse_revision_change();

create function queue_public_snapshot_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) values ('public', new.id);
    return new;
end
$$;

create trigger public_snapshot_to_ledger after insert on public_snapshot
    for each row execute function queue_public_snapshot_for_ledger();
