-- The tamper-evident ledger (docs/ledger.md): an RFC 9162 Merkle tree over every revision and every evidence
-- and custody event. Writers only enqueue (a trigger does it for revisions); the sequencer appends in batches
-- and signs a tree head after each batch, so appending never holds up a write.

create table ledger_queue (
    seq        bigserial primary key,
    entry_type text   not null,
    ref_id     bigint not null,
    unique (entry_type, ref_id)
);

create function queue_revision_for_ledger() returns trigger language plpgsql as $$
begin
    insert into ledger_queue (entry_type, ref_id) values ('revision', new.id);
    return new;
end
$$;

create trigger revision_to_ledger after insert on revision
    for each row execute function queue_revision_for_ledger();

insert into ledger_queue (entry_type, ref_id) select 'revision', id from revision order by id;

create table ledger_leaf (
    leaf_index bigint primary key,
    entry_type text   not null,
    ref_id     bigint not null,
    leaf_hash  bytea  not null check (length(leaf_hash) = 32),
    unique (entry_type, ref_id)
);

-- Hashes of the perfect subtrees (level >= 1) so that proofs need O(log n) reads, never the whole tree.
create table ledger_node (
    level      smallint not null,
    node_index bigint   not null,
    hash       bytea    not null check (length(hash) = 32),
    primary key (level, node_index)
);

create table tree_head (
    tree_size  bigint      primary key,
    root_hash  bytea       not null check (length(root_hash) = 32),
    issued_at  timestamptz not null,
    signature  bytea       not null
);
