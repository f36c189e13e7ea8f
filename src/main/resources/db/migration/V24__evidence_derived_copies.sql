-- A copy an editor makes of an image without what the file says about itself (where and by whom it was made), to
-- publish instead of the original: registered like any file, its custody says it was derived.
alter table custody_event drop constraint custody_event_how_check;
alter table custody_event add constraint custody_event_how_check
    check (how in ('upload', 'import', 'capture', 'report', 'derived'));
