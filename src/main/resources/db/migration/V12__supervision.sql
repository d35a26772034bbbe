-- Supervision (issue #7): the holidays of the business calendar and the in-app notices people are sent.

-- Days nobody works although they fall on a working day of the week; admins keep the list at /admin/holidays.
create table holiday (
    holiday_on date         not null primary key,
    name       varchar(100) not null,
    added_by   varchar(64)  not null,
    added_at   timestamp(6) with time zone not null
);

-- A notice for one person (a reminder that their task is overdue): what and about which case, never client data.
create sequence notice_seq start with 1 increment by 50;

create table notice (
    id           bigint       not null primary key,
    recipient    varchar(64)  not null,
    case_number  varchar(32)  not null,
    task_id      varchar(64),
    message      varchar(500) not null,
    created_at   timestamp(6) with time zone not null,
    read_at      timestamp(6) with time zone
);
create index ix_notice_recipient on notice (recipient, read_at, created_at);

-- Who of a team answers crisis calls in a given week (Monday to Sunday); supervisors keep it at /supervision/on-call.
create sequence on_call_shift_seq start with 1 increment by 50;

create table on_call_shift (
    id          bigint       not null primary key,
    team        varchar(64)  not null,
    week_start  date         not null,
    user_id     varchar(64)  not null,
    added_by    varchar(64)  not null,
    constraint uq_on_call_shift unique (team, week_start)
);
