-- An imported list is one batch: its own source (the list itself is that source's evidence file, encrypted like
-- every other file), the column mapping the editor confirmed, and how far the import has come, so that a stopped
-- import continues at the next unread row. Each row's outcome is kept: created, attached, queued for review,
-- refused and why. None of these hold a name or a number from the list: those live in the person records (and the
-- sealed secrets), and in the encrypted file.
create table list_import (
    id              bigserial   primary key,
    source_id       bigint      not null references source (id),
    evidence_sha256 text        not null check (evidence_sha256 ~ '^[0-9a-f]{64}$'),
    file_name       text        check (length(file_name) <= 300),
    obtained        text        check (length(obtained) <= 2000),
    encoding        text        not null,
    header          jsonb       not null,
    mapping         jsonb       not null,
    claim_type      text        references claim_type (code),
    credibility     smallint    check (credibility between 1 and 6),
    state           text        not null check (state in ('ready', 'running', 'stopped', 'done', 'undoing', 'undone')),
    next_line       integer     not null default 2,
    rows_total      integer     not null,
    rows_read       integer     not null default 0,
    rows_undone     integer     not null default 0,
    created_by      text        not null,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    undo_reason     text        check (length(undo_reason) <= 2000),
    undone_by       text,
    undone_at       timestamptz
);

create table list_import_row (
    import_id   bigint  not null references list_import (id),
    line        integer not null,
    outcome     text    not null check (outcome in ('created', 'attached', 'queued', 'refused')),
    person_id   bigint  references person (id),
    claim_id    bigint  references claim (id),
    name_ids    bigint[] not null default '{}',
    detail      text    check (length(detail) <= 300),
    undone      boolean not null default false,
    primary key (import_id, line)
);

-- Column mappings an editor saved under a name, to use again on the next list of the same layout.
create table list_mapping_preset (
    name        text        primary key check (length(name) between 1 and 100),
    mapping     jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null
);
