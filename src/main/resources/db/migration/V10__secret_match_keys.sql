-- A keyed digest (HMAC) of a secret value's normalized form, kept for the few fields duplicate detection compares
-- (a person's national ID number): equal values have equal digests, and without the key a digest tells nothing
-- else about the value. Values of other fields have none.
alter table secret_value add column match_key text;

create index secret_value_match_idx on secret_value (record_type, field, match_key) where match_key is not null;
