-- Casebook foundation: persons, names, places, sources, claims and the revision history of all of them.
-- The tables below hold each record's current version; every version ever written is kept in `revision`
-- as canonical JSON, and `revision` itself can only be appended to.

create table revision (
    id           bigserial primary key,
    record_type  text        not null check (record_type in ('person', 'person_name', 'place', 'source', 'claim')),
    record_id    bigint      not null,
    version      integer     not null check (version >= 1),
    action       text        not null check (action in ('create', 'update', 'retract')),
    actor        text        not null check (length(actor) between 1 and 200),
    reason       text        check (length(reason) <= 2000),
    recorded_at  timestamptz not null,
    content      text        not null,
    unique (record_type, record_id, version)
);

create function refuse_revision_change() returns trigger language plpgsql as $$
begin
    raise exception 'revisions are append-only: % refused', tg_op;
end
$$;

create trigger revision_append_only
    before update or delete or truncate on revision
    for each statement execute function refuse_revision_change();

create table place (
    id                 bigserial primary key,
    name               text    not null check (length(name) between 1 and 300),
    other_names        text[]  not null default '{}',
    level              text    not null check (level in ('country', 'region', 'prefecture', 'county', 'township', 'village', 'other')),
    parent_id          bigint  references place (id),
    latitude           double precision check (latitude between -90 and 90),
    longitude          double precision check (longitude between -180 and 180),
    version            integer not null,
    retracted          boolean not null default false,
    retraction_reason  text,
    check ((latitude is null) = (longitude is null))
);

create sequence person_public_number;

create table person (
    id                 bigserial primary key,
    public_id          text    not null unique,
    gender             text    not null check (gender in ('female', 'male', 'other', 'unknown')),
    birth_year_from    integer check (birth_year_from between 1850 and 2100),
    birth_year_to      integer check (birth_year_to between 1850 and 2100),
    ethnicity          text    check (length(ethnicity) <= 100),
    hometown_place_id  bigint  references place (id),
    occupation         text    check (length(occupation) <= 300),
    notes              text    check (length(notes) <= 20000),
    synthetic          boolean not null default false,
    derived_status     text    not null default 'unknown',
    status_explanation text    not null default 'No credible status claim yet.',
    status_basis       bigint[] not null default '{}',
    version            integer not null,
    retracted          boolean not null default false,
    retraction_reason  text,
    check (birth_year_from is null or birth_year_to is null or birth_year_from <= birth_year_to)
);

create index person_status_idx on person (derived_status);

create table person_name (
    id                 bigserial primary key,
    person_id          bigint  not null references person (id),
    text               text    not null check (length(text) between 1 and 300),
    folded             text    not null,
    script             text    not null,
    kind               text    not null check (kind in ('primary', 'alias', 'transliteration')),
    language           text    check (length(language) <= 20),
    version            integer not null,
    retracted          boolean not null default false,
    retraction_reason  text
);

create index person_name_person_idx on person_name (person_id);

create table source (
    id                 bigserial primary key,
    kind               text    not null check (kind in ('testimony', 'state_media', 'official_document', 'news_article',
                                                        'ngo_report', 'leak', 'satellite_imagery', 'social_media',
                                                        'court_record', 'other')),
    title              text    not null check (length(title) between 1 and 500),
    publisher          text    check (length(publisher) <= 300),
    url                text    check (length(url) <= 2000),
    published_on       date,
    language           text    check (length(language) <= 20),
    party              text    not null check (party in ('family', 'state', 'state_media', 'ngo', 'foreign_government',
                                                          'media', 'researcher', 'unknown')),
    reliability        char(1) not null check (reliability in ('A', 'B', 'C', 'D', 'E', 'F')),
    excerpt            text    check (length(excerpt) <= 200000),
    synthetic          boolean not null default false,
    version            integer not null,
    retracted          boolean not null default false,
    retraction_reason  text
);

-- The claim vocabulary is data so that documenters can add types without a release; the status rules
-- (docs/status-rules.md) name the types that bear on a person's status.
create table claim_type (
    code        text primary key check (code ~ '^[a-z][a-z_]{1,40}$'),
    label       text not null,
    description text not null
);

insert into claim_type (code, label, description) values
    ('detained', 'Detained', 'Taken into custody, in a camp, detention centre, prison or elsewhere.'),
    ('held_at', 'Held at', 'Held at a named facility or place.'),
    ('sentenced', 'Sentenced', 'Sentenced by a court, with term and charge where known.'),
    ('released', 'Released', 'Released from custody.'),
    ('died', 'Died', 'Died, in custody or otherwise.'),
    ('alive', 'Alive', 'Shown or said to be alive (proof of life).'),
    ('no_contact', 'No contact', 'Family has had no contact since the given date.'),
    ('disappeared', 'Disappeared', 'Whereabouts unknown; disappeared.'),
    ('travel_restricted', 'Travel restricted', 'Passport confiscated or forbidden to travel.'),
    ('family_separated', 'Family separated', 'Separated from children or family members.');

create table claim (
    id                  bigserial primary key,
    person_id           bigint  references person (id),
    subject_place_id    bigint  references place (id),
    type                text    not null references claim_type (code),
    place_id            bigint  references place (id),
    sentence_term       text    check (length(sentence_term) <= 200),
    charge              text    check (length(charge) <= 500),
    details             text    check (length(details) <= 20000),
    date_precision      text    not null check (date_precision in ('day', 'month', 'year', 'range', 'unknown')),
    date_from           date,
    date_to             date,
    source_id           bigint  not null references source (id),
    asserter            text    not null check (length(asserter) between 1 and 300),
    asserter_party      text    not null check (asserter_party in ('family', 'state', 'state_media', 'ngo', 'foreign_government',
                                                                   'media', 'researcher', 'unknown')),
    stance              text    not null check (stance in ('asserts', 'denies', 'disputes')),
    quote               text    check (length(quote) <= 20000),
    credibility         integer not null check (credibility between 1 and 6),
    verification        text    not null check (verification in ('unverified', 'corroborated', 'verified', 'disputed', 'refuted')),
    notes               text    check (length(notes) <= 20000),
    synthetic           boolean not null default false,
    version             integer not null,
    retracted           boolean not null default false,
    retraction_reason   text,
    check (person_id is not null or subject_place_id is not null),
    check ((date_precision = 'unknown') = (date_from is null)),
    check (date_to is null or date_from <= date_to)
);

create index claim_person_idx on claim (person_id);
create index claim_source_idx on claim (source_id);
