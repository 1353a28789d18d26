package org.baoku.cli.bench;

import java.util.List;

/**
 * The archive tables as the H2 migrations create them ({@code db/migration/h2}, schema v2), with their
 * unique keys and indexes, since those are part of what an insert costs. Keep in step with the
 * migrations; {@code bench} compares its row counts with the server's archive after each run.
 */
final class ArchiveSchema {

    static final List<String> TABLES = List.of("publication", "issue", "page", "article", "contributor",
            "article_contributor", "guide_entry", "finding", "manifest_entry", "import_record");

    static final List<String> DDL = List.of(
            "create table publication (id bigint not null, title varchar(200) not null, publisher varchar(200), "
                    + "sponsor varchar(200), serial_number varchar(40), primary key (id), "
                    + "constraint uk_publication_title unique (title))",
            "create table issue (id bigint not null, publication_id bigint not null, issue_date date not null, "
                    + "issue_number integer, page_count integer, weekday varchar(10), lunar_date varchar(40), "
                    + "president varchar(100), primary key (id), "
                    + "constraint uk_issue_publication_date unique (publication_id, issue_date), "
                    + "foreign key (publication_id) references publication)",
            "create index ix_issue_date on issue (issue_date)",
            "create table page (id bigint not null, issue_id bigint not null, label varchar(20), section varchar(100), "
                    + "editor varchar(100), source_path varchar(1000) not null, sha256 varchar(64) not null, "
                    + "encoding varchar(40), size_bytes bigint not null, status varchar(30) not null, "
                    + "imported_at timestamp(6) with time zone not null, revision integer not null, "
                    + "superseded boolean not null, primary key (id), "
                    + "constraint uk_page_issue_label_revision unique (issue_id, label, revision), "
                    + "foreign key (issue_id) references issue)",
            "create index ix_page_sha256 on page (sha256)",
            "create index ix_page_source_path on page (source_path)",
            "create table article (id bigint not null, page_id bigint not null, order_on_page integer not null, "
                    + "column_name varchar(200), kicker varchar(500), headline varchar(500), subtitle varchar(500), "
                    + "byline_type varchar(20), byline_agency varchar(100), byline_place varchar(100), "
                    + "byline_date varchar(40), body clob not null, continued_to varchar(20), "
                    + "continued_from varchar(20), jump_key varchar(10), primary key (id), "
                    + "foreign key (page_id) references page)",
            "create index ix_article_page on article (page_id, order_on_page)",
            "create table contributor (id bigint not null, name varchar(100) not null, primary key (id), "
                    + "constraint uk_contributor_name unique (name))",
            "create table article_contributor (id bigint not null, article_id bigint not null, "
                    + "contributor_id bigint not null, position integer not null, role varchar(20) not null, "
                    + "primary key (id), foreign key (article_id) references article, "
                    + "foreign key (contributor_id) references contributor)",
            "create index ix_article_contributor_article on article_contributor (article_id)",
            "create index ix_article_contributor_contributor on article_contributor (contributor_id)",
            "create table guide_entry (id bigint not null, page_id bigint not null, position integer not null, "
                    + "title varchar(500), subtitle varchar(500), target_page varchar(20), primary key (id), "
                    + "foreign key (page_id) references page)",
            "create index ix_guide_entry_page on guide_entry (page_id)",
            "create table finding (id bigint not null, page_id bigint, issue_id bigint, archive_level boolean not null, "
                    + "article_id bigint, severity varchar(10) not null, code varchar(40) not null, "
                    + "line_number integer, message varchar(2000), primary key (id), "
                    + "foreign key (page_id) references page, foreign key (issue_id) references issue, "
                    + "foreign key (article_id) references article)",
            "create index ix_finding_page on finding (page_id)",
            "create index ix_finding_code on finding (code)",
            "create index ix_finding_issue on finding (issue_id)",
            "create table manifest_entry (id bigint not null, job_instance_id bigint not null, position bigint not null, "
                    + "source_path varchar(1000) not null, size_bytes bigint not null, "
                    + "modified_at timestamp(6) with time zone not null, sha256 varchar(64), primary key (id), "
                    + "constraint uk_manifest_entry_position unique (job_instance_id, position))",
            "create table import_record (id bigint not null, job_instance_id bigint not null, "
                    + "execution_id bigint not null, manifest_position bigint not null, "
                    + "source_path varchar(1000) not null, sha256 varchar(64), outcome varchar(30) not null, "
                    + "reason varchar(2000), page_id bigint, recorded_at timestamp(6) with time zone not null, "
                    + "primary key (id), constraint uk_import_record_manifest_position "
                    + "unique (job_instance_id, manifest_position), foreign key (page_id) references page)",
            "create index ix_import_record_execution_outcome on import_record (execution_id, outcome)",
            "create index ix_import_record_sha256 on import_record (sha256)");

    private ArchiveSchema() {
    }
}
