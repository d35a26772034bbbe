-- Staff notices by email (issue 22, item 4). Each notice knows its kind (the person's settings are per kind) and
-- what became of its email: AT_ONCE (to send), SENDING (claimed by one node), SENT, FAILED (gave up after retries),
-- DIGEST (waits for the daily digest), IN_DIGEST, NONE (the person wants no email), NOT_SENT (no mail server or no
-- address). Notices from before this migration get no email.
alter table notice add column kind varchar(32);
alter table notice add column email_state varchar(16) default 'NOT_SENT' not null;
alter table notice add column email_attempts integer default 0 not null;
alter table notice add column email_next_try timestamp(6) with time zone;
alter table notice add column email_error varchar(500);
alter table notice add column emailed_at timestamp(6) with time zone;
alter table notice add column digest_id bigint;
create index ix_notice_email on notice (email_state, email_next_try);

-- What each person wants emailed, per kind of notice: AT_ONCE, DIGEST or NONE. No row: at once. Urgent kinds
-- (safety, crisis, escalations to supervisors) are emailed at once whatever is stored here.
create sequence notice_email_setting_seq start with 1 increment by 50;
create table notice_email_setting (
    id        bigint      not null primary key,
    user_id   varchar(64) not null,
    kind      varchar(32) not null,
    choice    varchar(16) not null,
    constraint uq_notice_email_setting unique (user_id, kind)
);

-- One daily digest per person per day: the unique row is how two nodes sharing the database (and a node after a
-- restart) agree that the day's digest is taken. state: SENDING, SENT, FAILED (retried until attempts run out).
create sequence notice_digest_seq start with 1 increment by 50;
create table notice_digest (
    id          bigint       not null primary key,
    recipient   varchar(64)  not null,
    digest_day  date         not null,
    state       varchar(16)  not null,
    attempts    integer      not null,
    next_try    timestamp(6) with time zone,
    error       varchar(500),
    created_at  timestamp(6) with time zone not null,
    sent_at     timestamp(6) with time zone,
    constraint uq_notice_digest unique (recipient, digest_day)
);
