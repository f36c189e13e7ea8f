-- Articles read from files are known by their content, so reading a folder again skips what was read before.
alter table article add column content_sha256 text unique;
