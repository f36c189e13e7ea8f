-- A statement's new revisions or audit events are queued as one row holding their ids in order, not a row each: a
-- million-row import queued three million rows, each with two index entries, only for the sequencer to read them and
-- delete them again. The triggers that queue one row at a time (evidence, snapshots, estimates, assessments) keep
-- ref_id; a row has one form or the other.

alter table ledger_queue alter column ref_id drop not null;
alter table ledger_queue add column ref_ids bigint[];
alter table ledger_queue add constraint ledger_queue_one_form
    check ((ref_id is null) <> (ref_ids is null) and (ref_ids is null or cardinality(ref_ids) > 0));

create or replace function queue_new_rows_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_ids)
        select tg_argv[0], array_agg(id order by id) from new_rows having count(*) > 0;
    return null;
end
$$;
