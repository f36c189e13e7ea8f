-- Where the last search index rebuild got to, so that an interrupted rebuild resumes instead of starting over.
create table search_rebuild (
    id              smallint    primary key check (id = 1),
    last_person_id  bigint      not null,
    started_at      timestamptz not null,
    finished_at     timestamptz
);
