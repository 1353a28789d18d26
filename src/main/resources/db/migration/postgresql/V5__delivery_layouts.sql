-- Deliveries in other layouts than one text file per page (Layout: ARTICLE_TEXT, ALTO, METS).
-- A page records the layout it was read in; a page assembled from article files has no file of its own,
-- so no hash; an issue described by a METS file records that file (a METS delivered again unchanged is
-- recognised, like a page); an article read from a file of its own records the file, its number on
-- the page and its revision; an ALTO article keeps where its text stands on the page image.
alter table page add column layout varchar(20) default 'PAGE_TEXT' not null;
alter table page alter column sha256 drop not null;
alter table issue add column volume varchar(40);
alter table issue add column edition varchar(40);
alter table issue add column catalogue_path varchar(1000);
alter table issue add column catalogue_sha256 varchar(64);
create index if not exists ix_issue_catalogue_sha256 on issue (catalogue_sha256);
alter table article add column article_number integer;
alter table article add column source_path varchar(1000);
alter table article add column sha256 varchar(64);
alter table article add column revision integer default 1 not null;
alter table article add column superseded boolean default false not null;
alter table article add column regions text;
create index if not exists ix_article_sha256 on article (sha256);
create index if not exists ix_article_page_number on article (page_id, article_number);
