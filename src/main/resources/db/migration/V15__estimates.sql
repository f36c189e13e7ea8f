-- Saved estimates of multiple systems estimation: the inputs (the capture-history table, the list definitions,
-- the options), the result, and the versions of the code that computed it, so an estimate can be cited and
-- recomputed. Append-only and logged in the ledger (entry type "estimate").
create table estimate (
    id              bigserial   primary key,
    title           text        not null check (length(title) between 1 and 300),
    inputs          text        not null check (length(inputs) <= 100000),
    result          text        not null check (length(result) <= 100000),
    method_version  text        not null check (length(method_version) <= 100),
    app_version     text        not null check (length(app_version) <= 100),
    created_by      text        not null check (length(created_by) <= 300),
    created_at      timestamptz not null
);

create trigger estimate_append_only before update or delete or truncate on estimate
    for each statement execute function refuse_revision_change();

create function queue_estimate_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) values ('estimate', new.id);
    return new;
end
$$;

create trigger estimate_to_ledger after insert on estimate
    for each row execute function queue_estimate_for_ledger();
