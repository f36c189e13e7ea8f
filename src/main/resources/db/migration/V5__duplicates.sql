-- Duplicates: a merge only points one record at the other (merged_into), so it keeps both records' names,
-- claims and history, and undoing it is clearing that pointer.
alter table person add column merged_into bigint references person (id);
create index person_merged_into_idx on person (merged_into);

create table duplicate_candidate (
    id          bigserial   primary key,
    person_a    bigint      not null references person (id),
    person_b    bigint      not null references person (id),
    score       double precision not null,
    band        text        not null check (band in ('likely_same', 'needs_review')),
    reasons     text        not null,
    status      text        not null default 'open' check (status in ('open', 'merged', 'distinct')),
    decided_by  text,
    decided_at  timestamptz,
    found_at    timestamptz not null,
    check (person_a < person_b),
    unique (person_a, person_b)
);
