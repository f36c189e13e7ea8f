-- Changes the search index has not committed yet. A change of a person or source adds a row in its own
-- transaction; the indexer deletes exactly the rows it has indexed and committed to disk, so after a crash a start
-- re-indexes what the index lost, and nothing else.
create table search_pending (
    seq       bigserial primary key,
    person_id bigint,
    source_id bigint,
    check ((person_id is null) <> (source_id is null))
);
