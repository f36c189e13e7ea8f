-- Each finished dry run of an uploaded list, with the mapping it was run with, so that its counts outlive a restart
-- of the server: a dry run of a long list reads everyone documented and every row. Like the rows' outcomes, a result
-- holds no name and no number from the list (refusals say why, possible matches are named by their public id).
create table list_dry_run (
    id          bigserial   primary key,
    import_id   bigint      not null references list_import (id),
    mapping     jsonb       not null,
    claim_type  text,
    result      jsonb       not null,
    run_by      text        not null,
    finished_at timestamptz not null
);

create index list_dry_run_import_idx on list_dry_run (import_id, id);
