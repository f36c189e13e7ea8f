-- Revisions and audit events are queued for the ledger once per statement instead of once per row: an import writes
-- its revisions with COPY, hundreds at a time, and a row trigger ran a function and an insert for each of them. The
-- queue gets the same rows, in the order of their ids, in the same transaction.

create function queue_revisions_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) select 'revision', id from new_revisions order by id;
    return null;
end
$$;

drop trigger revision_to_ledger on revision;
create trigger revision_to_ledger after insert on revision
    referencing new table as new_revisions
    for each statement execute function queue_revisions_for_ledger();

create function queue_audit_events_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) select 'audit', id from new_events order by id;
    return null;
end
$$;

drop trigger audit_event_to_ledger on audit_event;
create trigger audit_event_to_ledger after insert on audit_event
    referencing new table as new_events
    for each statement execute function queue_audit_events_for_ledger();

drop function queue_revision_for_ledger();
drop function queue_audit_event_for_ledger();
