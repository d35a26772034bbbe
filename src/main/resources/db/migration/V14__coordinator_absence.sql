-- Coordinator absence (issue #7): while away (from..until, whole days in the teams' time zone), a coordinator's
-- new tasks go to the team queue; supervisors see who covers.
create sequence absence_seq start with 1 increment by 50;

create table absence (
    id          bigint      not null primary key,
    user_id     varchar(64) not null,
    away_from   date        not null,
    away_until  date        not null,
    covered_by  varchar(64),
    added_by    varchar(64) not null,
    added_at    timestamp(6) with time zone not null,
    constraint ck_absence_period check (away_until >= away_from)
);
create index ix_absence_user on absence (user_id, away_until);
