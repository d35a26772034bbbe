-- Failed logins per user, for the temporary lockout (LoginLockout). In the database, not in memory, so every
-- application node sees the same count and the same lock. A row exists only between a failed login and the next
-- successful one; only user ids known to Camunda's identity get one.

create table login_lockout (
    user_id           varchar(64) not null primary key,
    failed_attempts   integer     not null,
    first_failure_at  timestamp(6) with time zone not null,
    locked_until      timestamp(6) with time zone
);
