-- Every page has a label, and an issue has at most one current page per label (issue 17). The unique key
-- (issue, label, revision) did not hold for pages without a label: NULLs are never equal, so two files
-- became page NULL revision 1 of one issue. The import now rejects such a page (NO_PAGE_LABEL).
-- Repair: a page an earlier release stored without a label gets the placeholder 'NL' and its id, which
-- takes part in every key like any label and names no printed page; re-deliver its file to replace it.
update page set label = 'NL' || id where label is null;
alter table page alter column label set not null;
-- current_label is the label of a current page and NULL for a superseded one: unique with the issue, it
-- allows one current page per label and any number of superseded revisions (a partial index would do on
-- PostgreSQL; H2 has none, and a generated column works on both).
alter table page add column current_label varchar(20) generated always as (case when superseded then null else label end) stored;
alter table page add constraint uk_page_issue_current_label unique (issue_id, current_label);
