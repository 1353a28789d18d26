-- One import shared by every node of a cluster (issue 13). The import step splits the run's manifest into
-- ranges; every partition of every node claims a range (select … for update skip locked), holds it with a
-- lease its node's heartbeat renews, and reads it as a partition read its fixed range before: entries that
-- have an import record are skipped. A range is finished when none of its entries lacks an import record,
-- so a range whose node died (its lease ran out) is claimed again and read on from where the archive says.
create table import_range (
    job_instance_id bigint not null,
    range_number integer not null,
    after_position bigint not null,
    last_position bigint not null,
    owner_node varchar(100),
    owner_execution bigint,
    lease_until timestamp(6) with time zone,
    claims integer default 0 not null,
    finished_at timestamp(6) with time zone,
    constraint pk_import_range primary key (job_instance_id, range_number)
);
-- A run open to every node: which execution coordinates it (starts it, awaits every range, checks and reports
-- once), on which node, in which phase, and whether an operator asked it to stop (on any node).
create table shared_run (
    job_instance_id bigint not null,
    coordinator_execution bigint not null,
    coordinator_node varchar(100) not null,
    phase varchar(20) not null,
    stop_requested boolean default false not null,
    opened_at timestamp(6) with time zone not null,
    constraint pk_shared_run primary key (job_instance_id)
);
-- the executions that took part in a run, and where: a node's share, or the coordinator's own import step
create table run_share (
    execution_id bigint not null,
    job_instance_id bigint not null,
    node varchar(100) not null,
    started_at timestamp(6) with time zone not null,
    constraint pk_run_share primary key (execution_id)
);
create index ix_run_share_run on run_share (job_instance_id);
-- The nightly schedule's firing that a node has taken (its timer's next timeout at that firing, the same on
-- every node): a second node that fires the same schedule moment finds it taken and starts nothing.
alter table import_schedule add column taken_firing timestamp(6) with time zone;
