-- The audit log: who viewed or changed which client record, logins, failed logins, logouts, exports,
-- reassignments and emergency access; when and from which address. Append-only: the application never updates a
-- row and deletes only rows older than the retention (case-coordination.audit.retention). Never client names,
-- dates of birth or note text: the case number names the record, the resource names the door (method and path).
-- On PostgreSQL a trigger refuses UPDATE, TRUNCATE and a DELETE outside the retention cleanup (AppendOnlyGuard).

create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id              bigint       not null primary key,
    occurred_at     timestamp(6) with time zone not null,
    actor           varchar(64)  not null,
    action          varchar(32)  not null,
    case_number     varchar(32),
    resource        varchar(300) not null,
    outcome         varchar(16)  not null,
    remote_address  varchar(64)
);
create index ix_audit_event_case on audit_event (case_number, occurred_at);
create index ix_audit_event_occurred on audit_event (occurred_at);
