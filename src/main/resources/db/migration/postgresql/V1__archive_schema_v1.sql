-- Archive schema v1, exactly as Hibernate ORM 6.6 (PostgreSQLDialect) creates it from the JPA mapping
-- (org.baoku.archive, and org.baoku.operations for the import schedule): an archive created before
-- migrations existed (hibernate.hbm2ddl.auto=update) is baselined at this version and is identical to
-- one created by this script. Long texts (article.body, run_report.report_json) are text columns,
-- enums varchar columns with a check constraint. Hibernate's DDL for the current mapping:
-- GenerateDdlTest (README, PostgreSQL).

-- ids: sequences with pooled allocation (hibernate.id.optimizer.pooled.preferred=pooled-lo)
create sequence article_contributor_seq start with 1 increment by 100;
create sequence article_seq start with 1 increment by 100;
create sequence contributor_seq start with 1 increment by 50;
create sequence finding_seq start with 1 increment by 100;
create sequence guide_entry_seq start with 1 increment by 50;
create sequence import_record_seq start with 1 increment by 50;
create sequence issue_seq start with 1 increment by 50;
create sequence manifest_entry_seq start with 1 increment by 500;
create sequence page_seq start with 1 increment by 50;
create sequence publication_seq start with 1 increment by 10;
create sequence run_report_seq start with 1 increment by 10;

create table article (
    id bigint not null,
    body text not null,
    byline_agency varchar(100),
    byline_date varchar(40),
    byline_place varchar(100),
    byline_type varchar(20) check (byline_type in ('LOCAL_NEWS','STAFF','WIRE','OTHER')),
    column_name varchar(200),
    continued_from varchar(20),
    continued_to varchar(20),
    headline varchar(500),
    jump_key varchar(10),
    kicker varchar(500),
    order_on_page integer not null,
    subtitle varchar(500),
    page_id bigint not null,
    primary key (id)
);

create table article_contributor (
    id bigint not null,
    position integer not null,
    role varchar(20) not null check (role in ('REPORTER')),
    article_id bigint not null,
    contributor_id bigint not null,
    primary key (id)
);

create table contributor (
    id bigint not null,
    name varchar(100) not null,
    primary key (id),
    constraint uk_contributor_name unique (name)
);

create table finding (
    id bigint not null,
    archive_level boolean not null,
    code varchar(40) not null,
    line_number integer,
    message varchar(2000),
    severity varchar(10) not null check (severity in ('ERROR','WARNING','INFO')),
    article_id bigint,
    issue_id bigint,
    page_id bigint,
    primary key (id)
);

create table guide_entry (
    id bigint not null,
    position integer not null,
    subtitle varchar(500),
    target_page varchar(20),
    title varchar(500),
    page_id bigint not null,
    primary key (id)
);

create table import_record (
    id bigint not null,
    execution_id bigint not null,
    job_instance_id bigint not null,
    manifest_position bigint not null,
    outcome varchar(30) not null check (outcome in ('IMPORTED','IMPORTED_WITH_WARNINGS','UNCHANGED','REJECTED')),
    reason varchar(2000),
    recorded_at timestamp(6) with time zone not null,
    sha256 varchar(64),
    source_path varchar(1000) not null,
    page_id bigint,
    primary key (id),
    constraint uk_import_record_manifest_position unique (job_instance_id, manifest_position)
);

create table import_schedule (
    id bigint not null,
    enabled boolean not null,
    expression varchar(100) not null,
    inbox varchar(1000),
    updated_at timestamp(6) with time zone not null,
    primary key (id)
);

create table issue (
    id bigint not null,
    issue_date date not null,
    issue_number integer,
    lunar_date varchar(40),
    page_count integer,
    president varchar(100),
    weekday varchar(10),
    publication_id bigint not null,
    primary key (id),
    constraint uk_issue_publication_date unique (publication_id, issue_date)
);

create table manifest_entry (
    id bigint not null,
    job_instance_id bigint not null,
    modified_at timestamp(6) with time zone not null,
    position bigint not null,
    sha256 varchar(64),
    size_bytes bigint not null,
    source_path varchar(1000) not null,
    primary key (id),
    constraint uk_manifest_entry_position unique (job_instance_id, position)
);

create table page (
    id bigint not null,
    editor varchar(100),
    encoding varchar(40),
    imported_at timestamp(6) with time zone not null,
    label varchar(20),
    revision integer not null,
    section varchar(100),
    sha256 varchar(64) not null,
    size_bytes bigint not null,
    source_path varchar(1000) not null,
    status varchar(30) not null check (status in ('ACCEPTED','ACCEPTED_WITH_WARNINGS','REJECTED')),
    superseded boolean not null,
    issue_id bigint not null,
    primary key (id),
    constraint uk_page_issue_label_revision unique (issue_id, label, revision)
);

create table publication (
    id bigint not null,
    publisher varchar(200),
    serial_number varchar(40),
    sponsor varchar(200),
    title varchar(200) not null,
    primary key (id),
    constraint uk_publication_title unique (title)
);

create table run_report (
    id bigint not null,
    created_at timestamp(6) with time zone not null,
    execution_id bigint not null,
    exit_status varchar(40) not null,
    files_per_second float(53) not null,
    job_instance_id bigint not null,
    report_json text not null,
    primary key (id)
);

-- indexes the mapping declares (@Table indexes); unique constraints are indexed by the database
create index ix_article_page
    on article (page_id, order_on_page);

create index ix_article_contributor_article
    on article_contributor (article_id);

create index ix_article_contributor_contributor
    on article_contributor (contributor_id);

create index ix_finding_page
    on finding (page_id);

create index ix_finding_code
    on finding (code);

create index ix_finding_issue
    on finding (issue_id);

create index ix_guide_entry_page
    on guide_entry (page_id);

create index ix_import_record_execution
    on import_record (execution_id);

create index ix_import_record_sha256
    on import_record (sha256);

create index ix_issue_date
    on issue (issue_date);

create index ix_page_sha256
    on page (sha256);

create index ix_page_source_path
    on page (source_path);

create index ix_run_report_execution
    on run_report (execution_id);

create index ix_run_report_instance
    on run_report (job_instance_id);

-- foreign keys keep the names Hibernate generates, so a baselined archive and a migrated one match
alter table article
    add constraint FKogvya7bkr3gowiid0nsjwbtfw
    foreign key (page_id)
    references page;

alter table article_contributor
    add constraint FK640exl5waus69kdyn9m5nv8ym
    foreign key (article_id)
    references article;

alter table article_contributor
    add constraint FK5futsid2xn03kdyhhcbf56wmi
    foreign key (contributor_id)
    references contributor;

alter table finding
    add constraint FK91gfm326hmp3xfp4slwuoshge
    foreign key (article_id)
    references article;

alter table finding
    add constraint FKt5falogkywdck3t1uranxqa6y
    foreign key (issue_id)
    references issue;

alter table finding
    add constraint FK2vv3rvy9t8ore6x2suvkf6sww
    foreign key (page_id)
    references page;

alter table guide_entry
    add constraint FKqgyb0m2wviaic8qlrtqif9mwh
    foreign key (page_id)
    references page;

alter table import_record
    add constraint FKxb311de4wj71ixp4629dl2gc
    foreign key (page_id)
    references page;

alter table issue
    add constraint FKo905124kb2egeqctbjet9ds33
    foreign key (publication_id)
    references publication;

alter table page
    add constraint FKb7m93l7g74umxjfjgr93lsx8a
    foreign key (issue_id)
    references issue;
