-- The assessment of a state's answer to a proof-of-life request, step by step as the Berkeley Protocol on Digital
-- Open Source Investigations lays out (provenance, source, technical and content analysis), then its conclusion,
-- which becomes a claim. Each finding names who made it, when, and the evidence file it rests on. Append-only:
-- a step done again is a new row; every row is logged in the ledger (entry type "assessment").
create table life_assessment (
    id               bigserial   primary key,
    request_id       bigint      not null references life_request (id),
    step             text        not null check (step in ('provenance', 'source_analysis', 'technical_analysis',
                                                          'content_analysis', 'conclusion')),
    finding          text        not null check (length(finding) between 1 and 20000),
    evidence_sha256  text        check (evidence_sha256 ~ '^[0-9a-f]{64}$'),
    claim_id         bigint      references claim (id),
    recorded_by      text        not null check (length(recorded_by) <= 300),
    recorded_at      timestamptz not null
);

create index life_assessment_request_idx on life_assessment (request_id, id);

create trigger life_assessment_append_only before update or delete or truncate on life_assessment
    for each statement execute function refuse_revision_change();

create function queue_life_assessment_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) values ('assessment', new.id);
    return new;
end
$$;

create trigger life_assessment_to_ledger after insert on life_assessment
    for each row execute function queue_life_assessment_for_ledger();
