-- Facilities: camps, detention centres and prisons, with names in several scripts, a point and an optional
-- outline (GeoJSON: the embedded database has no PostGIS) and a bounding box that plain PostgreSQL can query.
-- The tier is an assessment with its own source. The status is derived from the claims about the facility
-- (docs/status-rules.md, F1–F6), as a person's is; every change is a revision.
create sequence facility_public_number;

create table facility (
    id                  bigserial primary key,
    public_id           text    not null unique,
    names               jsonb   not null check (jsonb_typeof(names) = 'array' and jsonb_array_length(names) between 1 and 20),
    name_keys           text[]  not null default '{}',
    kind                text    not null check (kind in ('reeducation_camp', 'detention_centre', 'prison', 'forced_labour', 'other')),
    place_id            bigint  references place (id),
    latitude            double precision not null check (latitude between -90 and 90),
    longitude           double precision not null check (longitude between -180 and 180),
    point_precision_m   integer not null check (point_precision_m between 1 and 100000),
    outline             text    check (length(outline) <= 200000),
    outline_precision_m integer check (outline_precision_m between 1 and 100000),
    min_latitude        double precision not null,
    min_longitude       double precision not null,
    max_latitude        double precision not null,
    max_longitude       double precision not null,
    tier                integer check (tier between 1 and 4),
    tier_source_id      bigint  references source (id),
    tier_assessed_on    date,
    tier_note           text    check (length(tier_note) <= 2000),
    notes               text    check (length(notes) <= 20000),
    synthetic           boolean not null default false,
    derived_status      text    not null default 'unconfirmed',
    status_explanation  text    not null default 'No credible claim about this facility yet.',
    status_claim_ids    bigint[] not null default '{}',
    -- The status the published claims alone give: what the public map and pages show.
    published_status    text    not null default 'unconfirmed',
    publication         text    not null default 'internal' check (publication in ('draft', 'internal', 'published')),
    version             integer not null,
    retracted           boolean not null default false,
    retraction_reason   text,
    check ((tier is null) = (tier_source_id is null)),
    check ((outline is null) = (outline_precision_m is null)),
    check (min_latitude <= latitude and latitude <= max_latitude and min_longitude <= longitude and longitude <= max_longitude)
);

create index facility_box_idx on facility (min_latitude, max_latitude, min_longitude, max_longitude);
create index facility_keys_idx on facility using gin (name_keys);

-- A claim may concern a facility: as its subject (the facility types) or as where a person was held.
alter table claim add column facility_id bigint references facility (id);
create index claim_facility_idx on claim (facility_id);
do $$
declare c text;
begin
    select conname into c from pg_constraint
     where conrelid = 'claim'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%subject_place_id IS NOT NULL%';
    execute format('alter table claim drop constraint %I', c);
end $$;
alter table claim add constraint claim_subject_check
    check (person_id is not null or subject_place_id is not null or facility_id is not null);

alter table claim_type add column subject text not null default 'person' check (subject in ('person', 'facility'));
insert into claim_type (code, label, description, subject) values
    ('facility_exists', 'Exists at this location', 'A facility stands at the location given.', 'facility'),
    ('facility_detention', 'Used for detention', 'The facility holds people against their will.', 'facility'),
    ('facility_school', 'Described as a school', 'Described as a school or vocational training centre (the state''s framing, kept as a claim).', 'facility'),
    ('facility_other_use', 'Described as another use', 'Described as another use: a nursing home, a logistics park, a factory.', 'facility'),
    ('facility_security', 'Security features seen', 'Perimeter wall, internal fencing, watchtowers and the like, with the date of the imagery.', 'facility'),
    ('facility_built', 'Construction first seen', 'Construction first seen on imagery.', 'facility'),
    ('facility_expanded', 'Expanded', 'New buildings or a larger perimeter.', 'facility'),
    ('facility_desecuritised', 'Desecuritised', 'Security features removed.', 'facility'),
    ('facility_closed', 'Closed', 'No longer used.', 'facility'),
    ('facility_demolished', 'Demolished', 'Buildings torn down.', 'facility'),
    ('facility_capacity', 'Capacity estimate', 'How many people the facility can hold.', 'facility');

alter table revision drop constraint revision_record_type_check;
alter table revision add constraint revision_record_type_check
    check (record_type in ('person', 'person_name', 'place', 'source', 'claim', 'life_request', 'facility'));
