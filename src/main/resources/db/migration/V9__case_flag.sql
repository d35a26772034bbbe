-- Flags a case carries until someone deals with them (SAFETY: a safety concern waiting for its response).
-- Kept after resolution: who resolved it and when is part of the record.
create sequence case_flag_seq start with 1 increment by 50;

create table case_flag (
    id           bigint       not null primary key,
    case_id      bigint       not null references care_case (id),
    kind         varchar(32)  not null,
    reason       varchar(200) not null,
    raised_at    timestamp(6) with time zone not null,
    raised_by    varchar(64)  not null,
    resolved_at  timestamp(6) with time zone,
    resolved_by  varchar(64)
);
create index ix_case_flag_open on case_flag (case_id, resolved_at);
