-- FHIR Bulk Data exports of a team (issue 23): the job a supervisor started and the NDJSON it made. The files live
-- in the database, as generated documents do: every node of a cluster serves a download whichever node built it, a
-- node that stops mid-job leaves nothing half-written on a disk of its own, and cancelling or expiring an export is
-- one delete. A type's file is stored in parts of about a megabyte, so neither building nor serving one holds a
-- whole file in memory. A job is claimed by one node at a time (state RUNNING with claimed_until in the future);
-- a claim that ran out belongs to a node that stopped, and any node takes the job again and builds it anew.
create table fhir_export_job (
    id             varchar(36)   not null primary key,
    team           varchar(64)   not null,
    requested_by   varchar(64)   not null,
    requested_at   timestamp(6) with time zone not null,
    request_url    varchar(2000) not null,
    types          varchar(2000) not null,
    since          timestamp(6) with time zone,
    -- an administrator's export: only the cases of their current emergency accesses (comma-separated ids)
    case_ids       varchar(8000),
    state          varchar(16)   not null,
    claimed_until  timestamp(6) with time zone,
    attempts       integer       default 0 not null,
    cases_total    integer,
    cases_done     integer       default 0 not null,
    finished_at    timestamp(6) with time zone,
    expires_at     timestamp(6) with time zone,
    failure        varchar(1000)
);
create index ix_fhir_export_job_state on fhir_export_job (state, claimed_until);
create index ix_fhir_export_job_expires on fhir_export_job (expires_at);

create table fhir_export_part (
    job_id         varchar(36)   not null references fhir_export_job (id) on delete cascade,
    resource_type  varchar(64)   not null,
    part           integer       not null,
    line_count     integer       not null,
    content        bytea         not null,
    primary key (job_id, resource_type, part)
);
