-- The case record: what is known about a client and their case. The process only carries ids and the data contract.

create sequence client_seq start with 1 increment by 50;
create sequence care_case_seq start with 1 increment by 50;
create sequence case_note_seq start with 1 increment by 50;
create sequence stage_record_seq start with 1 increment by 50;
create sequence timeline_entry_seq start with 1 increment by 50;
-- case numbers read out on the phone: one sequence, no gaps from allocation
create sequence case_number_seq start with 1 increment by 1;

create table client (
    id                  bigint       not null primary key,
    first_name          varchar(100) not null,
    last_name           varchar(100) not null,
    date_of_birth       date         not null,
    sex                 varchar(16)  not null,
    phone               varchar(30),
    address             varchar(300),
    preferred_language  varchar(50),
    primary_concern     varchar(32)  not null,
    caregiver_contact   varchar(300),
    created_at          timestamp(6) with time zone not null,
    version             bigint       not null
);
create index ix_client_name_dob on client (last_name, first_name, date_of_birth);

create table care_case (
    id                  bigint       not null primary key,
    case_number         varchar(32)  not null,
    client_id           bigint       not null references client (id),
    stage               varchar(32)  not null,
    team                varchar(64)  not null,
    owner               varchar(64),
    urgency             varchar(16)  not null,
    referral_source     varchar(200),
    process_instance_id varchar(64),
    opened_at           timestamp(6) with time zone not null,
    closed_at           timestamp(6) with time zone,
    closure_reason      varchar(32),
    version             bigint       not null,
    constraint uq_care_case_number unique (case_number)
);
create index ix_care_case_client on care_case (client_id);
create index ix_care_case_team_stage on care_case (team, stage);
create index ix_care_case_process_instance on care_case (process_instance_id);

create table case_note (
    id          bigint       not null primary key,
    case_id     bigint       not null references care_case (id),
    author      varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    text        varchar(8000) not null
);
create index ix_case_note_case on case_note (case_id, created_at);

-- The content of one completed stage (intake, assessment, a service arrangement, a follow-up contact, closure):
-- the submitted form values as JSON, so fields analysts add to a form are kept without a schema change.
create table stage_record (
    id                  bigint       not null primary key,
    case_id             bigint       not null references care_case (id),
    task_id             varchar(64)  not null,
    task_definition_key varchar(100) not null,
    task_name           varchar(200),
    form_id             varchar(100),
    stage               varchar(32)  not null,
    content             varchar(200000) not null,
    completed_by        varchar(64),
    completed_at        timestamp(6) with time zone not null,
    constraint uq_stage_record_task unique (task_id)
);
create index ix_stage_record_case on stage_record (case_id, completed_at);

create table timeline_entry (
    id          bigint       not null primary key,
    case_id     bigint       not null references care_case (id),
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(64),
    kind        varchar(32)  not null,
    summary     varchar(500) not null
);
create index ix_timeline_entry_case on timeline_entry (case_id, occurred_at);
