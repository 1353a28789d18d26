-- Indexes for the archive's queries. Idempotent (if [not] exists): an archive baselined at v1 whose
-- schema Hibernate kept up to date from a newer mapping may have some of them already.
--
-- Already served by schema v1:
--   issue by publication and date   uk_issue_publication_date (publication_id, issue_date)
--   article by page                 ix_article_page (page_id, order_on_page)
--   contributor by name             uk_contributor_name (name)
--   page by sha256                  ix_page_sha256 (sha256)
--   page by issue and label         uk_page_issue_label_revision (issue_id, label, revision)
--   page by source path             ix_page_source_path (source_path)
--   a run's import records          uk_import_record_manifest_position (job_instance_id, manifest_position)

-- PostgreSQL does not index a foreign key by itself: the two no v1 index leads with get one
-- (joins from an article to its findings, from a page to its import records, and deletes of either).
create index if not exists ix_finding_article on finding (article_id);
create index if not exists ix_import_record_page on import_record (page_id);

-- an execution's import records, counted and listed by outcome (ImportStatistics)
create index if not exists ix_import_record_execution_outcome on import_record (execution_id, outcome);
drop index if exists ix_import_record_execution;
