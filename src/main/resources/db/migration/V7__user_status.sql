-- What Camunda's identity cannot say about a user (UserStatus): deactivated, deleted (the id stays taken so the
-- audit log keeps meaning one person), a temporary password to be changed at the next login, and the instant
-- from which sessions count (a session that logged in earlier ends: roles, teams or status changed). A missing
-- row means active with no such instant, as for users created before this table.

create table user_status (
    user_id               varchar(64) not null primary key,
    active                boolean     not null,
    deleted               boolean     not null,
    must_change_password  boolean     not null,
    sessions_valid_from   timestamp(6) with time zone
);

-- A list view names every case it shows in one audit row (tasklist, duplicate clients): more than 300 characters.
alter table audit_event alter column resource set data type varchar(2000);
