-- Articles read by the extractor, and what editors decided about each proposal. An article's text is kept as
-- its source's excerpt; the proposals are kept as JSON so that the review page shows what was proposed even
-- after the rules change. Decisions are appended, never changed.
create table article (
    id            bigserial primary key,
    source_id     bigint      not null references source (id),
    published_on  date,
    publisher     text        check (length(publisher) <= 300),
    proposals     text        not null,
    read_by       text        not null,
    read_at       timestamptz not null
);

create table article_decision (
    id           bigserial primary key,
    article_id   bigint      not null references article (id),
    proposal     text        not null,
    decision     text        not null check (decision in ('accepted', 'rejected')),
    claim_id     bigint      references claim (id),
    decided_by   text        not null,
    decided_at   timestamptz not null
);

create index article_decision_article_idx on article_decision (article_id);

create trigger article_decision_append_only
    before update or delete or truncate on article_decision
    for each statement execute function refuse_audit_change();
