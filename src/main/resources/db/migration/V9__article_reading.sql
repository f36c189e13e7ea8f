-- Articles are read in the background (reading takes seconds, the first after a start half a minute): an article
-- is 'reading' until its proposals are stored, 'failed' with the reason when reading broke. Articles still
-- 'reading' when the server stopped are queued again at start.
alter table article add column state text not null default 'read' check (state in ('reading', 'read', 'failed'));
alter table article add column failure text check (length(failure) <= 1000);
alter table article add column queued_at timestamptz;
alter table article alter column proposals drop not null;
alter table article alter column read_at drop not null;
create index article_reading_idx on article (id) where state = 'reading';
