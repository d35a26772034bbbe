-- "Break the glass": an administrator opens one client's record for a limited time, with a written reason.
-- Kept for supervisors to review; never deleted by the application.
create sequence emergency_access_seq start with 1 increment by 50;

create table emergency_access (
    id          bigint       not null primary key,
    case_id     bigint       not null references care_case (id),
    user_id     varchar(64)  not null,
    reason      varchar(2000) not null,
    granted_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    reviewed_by varchar(64),
    reviewed_at timestamp(6) with time zone
);
create index ix_emergency_access_case_user on emergency_access (case_id, user_id, expires_at);
create index ix_emergency_access_review on emergency_access (reviewed_at, granted_at);
