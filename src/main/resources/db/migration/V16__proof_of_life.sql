-- Proof-of-life requests: who asked (a relative, never named here; an organisation or a government, named), whom,
-- when and how, the state's answer (a source whose party is the state) and its assessment. Every change is a
-- revision; a relative's request is published only with their consent.
create table life_request (
    id                 bigserial   primary key,
    person_id          bigint      not null references person (id),
    asker_kind         text        not null check (asker_kind in ('relative', 'organisation', 'government')),
    asker_name         text        check (length(asker_name) between 1 and 300),
    addressee_kind     text        not null check (addressee_kind in ('embassy', 'ministry', 'un_body', 'other')),
    addressee_name     text        not null check (length(addressee_name) between 1 and 300),
    asked_on           date        not null,
    channel            text        check (length(channel) <= 300),
    campaign_url       text        check (length(campaign_url) <= 2000),
    state              text        not null check (state in ('drafted', 'sent', 'acknowledged', 'answered', 'assessed')),
    answered_on        date,
    answer_kind        text        check (answer_kind in ('statement', 'video', 'photo', 'letter')),
    answer_source_id   bigint      references source (id),
    assessment         text        check (assessment in ('credible', 'not_credible', 'inconclusive')),
    assessment_note    text        check (length(assessment_note) <= 5000),
    consent            boolean     not null default false,
    publication        text        not null default 'internal' check (publication in ('draft', 'internal', 'published')),
    version            integer     not null,
    retracted          boolean     not null default false,
    retraction_reason  text,
    -- A relative is never named in the record; their identity stays with their report, sealed.
    check (asker_kind <> 'relative' or asker_name is null),
    check (asker_kind = 'relative' or asker_name is not null),
    check (publication <> 'published' or asker_kind <> 'relative' or consent),
    check ((state in ('answered', 'assessed')) = (answered_on is not null)),
    check (answered_on is null or answered_on >= asked_on),
    check ((state = 'assessed') = (assessment is not null))
);

create index life_request_person_idx on life_request (person_id);

alter table revision drop constraint revision_record_type_check;
alter table revision add constraint revision_record_type_check
    check (record_type in ('person', 'person_name', 'place', 'source', 'claim', 'life_request'));
