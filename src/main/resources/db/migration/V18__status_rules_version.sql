-- The version of the status rules the stored statuses were derived by. When the rules change, Casebook derives
-- every status again at start (claim.StatusRulesUpgrade) and records the new version here, so `verify`, which
-- derives again and compares, never reports a rule change as tampering.
create table status_rules_applied (
    version     integer     not null,
    applied_at  timestamptz not null default now()
);

insert into status_rules_applied (version) values (1);
