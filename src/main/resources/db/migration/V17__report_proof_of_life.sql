-- A relative may ask, through the report form, for proof that the person is alive, and may consent to the request
-- (never their name) being published; the request an editor records from the report is linked here.
alter table report add column asks_proof_of_life boolean not null default false;
alter table report add column life_request_consent boolean not null default false;
alter table report add column life_request_id bigint references life_request (id);
