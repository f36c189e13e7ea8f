-- Revisions and audit events are queued for the ledger once per statement instead of once per row: an import writes
-- its revisions with COPY, hundreds at a time, and a row trigger ran a function and an insert for each of them. The
-- queue gets the same rows, in the order of their ids, in the same transaction. One function serves both tables:
-- the entry type is the trigger's argument, the statement's new rows its transition table.

create function queue_new_rows_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) select tg_argv[0], id from new_rows order by id;
    return null;
end
$$;

drop trigger revision_to_ledger on revision;
create trigger revision_to_ledger after insert on revision
    referencing new table as new_rows
    for each statement execute function queue_new_rows_for_ledger('revision');

drop trigger audit_event_to_ledger on audit_event;
create trigger audit_event_to_ledger after insert on audit_event
    referencing new table as new_rows
    for each statement execute function queue_new_rows_for_ledger('audit');

drop function queue_revision_for_ledger();
drop function queue_audit_event_for_ledger();
