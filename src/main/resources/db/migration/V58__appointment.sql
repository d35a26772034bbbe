-- A case's appointments and rides (issue 22): what reminders to clients and caregivers hang on. Never deleted: a
-- cancelled one keeps its row with status CANCELLED. starts_at is an instant; pages show it in the business
-- calendar's time zone.
create sequence appointment_seq start with 1 increment by 50;
create table appointment (
    id          bigint        not null primary key,
    case_id     bigint        not null references care_case (id),
    case_number varchar(32)   not null,
    kind        varchar(30)   not null,
    starts_at   timestamp(6) with time zone not null,
    place       varchar(500)  not null,
    provider_id bigint,
    referral_id bigint,
    status      varchar(20)   not null,
    created_by  varchar(64)   not null,
    created_at  timestamp(6) with time zone not null,
    changed_by  varchar(64)   not null,
    changed_at  timestamp(6) with time zone not null,
    version     bigint        not null
);
create index ix_appointment_case on appointment (case_id, starts_at);
