-- One administered screening instrument (PHQ-9, GAD-7, AUDIT-C, CAGE-AID, Katz ADL, Lawton IADL, AHC HRSN) of a
-- case: the complete answer set as JSON, what the scorer made of it, the instrument's code and version, who gave it
-- and when (the server's clock). Results are only ever added: a reassessment is a new row, so trends stay answerable.
-- score null: the instrument has no total (AHC); band null: it has no bands (Lawton, AHC). flags and
-- positive_domains are comma-separated codes, empty for none. sex_applied: the sex AUDIT-C's threshold was taken for.

create sequence assessment_result_seq start with 1 increment by 50;

create table assessment_result (
    id                  bigint       not null primary key,
    case_id             bigint       not null references care_case (id),
    instrument          varchar(16)  not null,
    instrument_version  varchar(16)  not null,
    answers             varchar(4000) not null,
    score               integer,
    band                varchar(32),
    flags               varchar(200) not null,
    positive_domains    varchar(200) not null,
    sex_applied         varchar(16),
    administered_by     varchar(64)  not null,
    administered_at     timestamp(6) with time zone not null
);
create index ix_assessment_result_case on assessment_result (case_id, instrument, administered_at);
