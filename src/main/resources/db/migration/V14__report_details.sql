-- A fuller report from a relative: what they may know of the missing person, and photos or documents, which go
-- into the evidence store attached to nothing (editors only) until an editor decides where they belong.
alter table report
    add column birth_year_or_age text check (length(birth_year_or_age) <= 20),
    add column gender            text check (gender in ('female', 'male', 'other', 'unknown')),
    add column hometown          text check (length(hometown) <= 300),
    add column occupation        text check (length(occupation) <= 300),
    add column taken_place       text check (length(taken_place) <= 300),
    add column held_place        text check (length(held_place) <= 300);

create table report_file (
    report_id        bigint not null references report (id),
    evidence_sha256  text   not null check (evidence_sha256 ~ '^[0-9a-f]{64}$'),
    media_type       text   not null,
    primary key (report_id, evidence_sha256)
);

alter table custody_event drop constraint custody_event_how_check;
alter table custody_event add constraint custody_event_how_check
    check (how in ('upload', 'import', 'capture', 'report'));
