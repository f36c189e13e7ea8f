-- The facility status rules (F1–F6) have their own version, so that changing them derives every facility's
-- statuses again at start (claim.FacilityRulesUpgrade), as a change of the persons' rules does.
alter table status_rules_applied add column rules text not null default 'person' check (rules in ('person', 'facility'));
insert into status_rules_applied (version, rules) values (1, 'facility');
