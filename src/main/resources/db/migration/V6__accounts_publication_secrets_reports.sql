-- Accounts, the audit log, publication states, encrypted secret fields and relatives' reports.

create table account (
    id               bigserial primary key,
    username         text        not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    role             text        not null check (role in ('admin', 'editor', 'contributor', 'viewer')),
    password_hash    text        not null,
    -- The TOTP key, sealed like every other secret (see secret.SecretBox); null until enrolled.
    totp_secret      text,
    totp_last_step   bigint      not null default 0,
    failed_logins    integer     not null default 0,
    locked_until     timestamptz,
    disabled         boolean     not null default false,
    created_at       timestamptz not null
);

create table recovery_code (
    id          bigserial primary key,
    account_id  bigint      not null references account (id),
    code_hash   text        not null,
    used_at     timestamptz
);

create table access_token (
    id            bigserial primary key,
    account_id    bigint      not null references account (id),
    name          text        not null check (length(name) between 1 and 100),
    token_hash    text        not null unique,
    scope         text        not null check (scope in ('read', 'write')),
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create table audit_event (
    id       bigserial primary key,
    at       timestamptz not null,
    actor    text        not null,
    action   text        not null,
    target   text,
    detail   text
);

create index audit_event_action_idx on audit_event (action, at);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % refused', tg_op;
end
$$;

create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function refuse_audit_change();

-- Publication: what an anonymous visitor may see. Retraction stays its own flag and always wins.
alter table person      add column publication text not null default 'internal' check (publication in ('draft', 'internal', 'published'));
alter table person_name add column publication text not null default 'internal' check (publication in ('draft', 'internal', 'published'));
alter table source      add column publication text not null default 'internal' check (publication in ('draft', 'internal', 'published'));
alter table claim       add column publication text not null default 'internal' check (publication in ('draft', 'internal', 'published'));
alter table source      add column consent text check (consent in ('do_not_publish', 'publish_anonymously', 'publish_with_name'));
create index person_published_idx on person (id) where publication = 'published' and not retracted;

alter table revision drop constraint revision_action_check;
alter table revision add constraint revision_action_check check (action in ('create', 'update', 'retract', 'publish'));

-- Secret values live apart from the records, sealed, so no query for a record can carry them by mistake.
-- Every value ever set is kept; the newest per field is the current one.
create table secret_value (
    id           bigserial primary key,
    record_type  text        not null,
    record_id    bigint      not null,
    field        text        not null check (field ~ '^[a-z][a-z_]{1,40}$'),
    sealed       text,
    set_by       text        not null,
    set_at       timestamptz not null
);

create index secret_value_record_idx on secret_value (record_type, record_id, field, id);

create trigger secret_value_append_only
    before update or delete or truncate on secret_value
    for each statement execute function refuse_audit_change();

-- Reports from relatives. The receipt code is kept only as a hash; the reporter's identity, relation and
-- contacts are secret values (record_type 'report'); states are appended, never changed.
create table report (
    id              bigserial primary key,
    receipt_hash    text        not null unique,
    names           text[]      not null,
    last_contact_on date,
    last_place      text        check (length(last_place) <= 300),
    account         text        check (length(account) <= 20000),
    consent         text        not null check (consent in ('do_not_publish', 'publish_anonymously', 'publish_with_name')),
    received_at     timestamptz not null
);

create table report_event (
    id         bigserial primary key,
    report_id  bigint      not null references report (id),
    at         timestamptz not null,
    state      text        check (state in ('received', 'under_review', 'linked', 'published', 'declined')),
    addition   text        check (length(addition) <= 20000),
    person_id  bigint      references person (id),
    actor      text        not null
);

create index report_event_report_idx on report_event (report_id, id);

create trigger report_event_append_only
    before update or delete or truncate on report_event
    for each statement execute function refuse_audit_change();

