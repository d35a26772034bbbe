-- Issue 18: what a person typed into a task's form and has not completed yet, kept per user and task so that
-- nothing is lost (a reload, a closed tab, a phone call). Answers about a client: protected health information,
-- kept in the record's database like the record, never in the browser. Dropped when the task completes or goes.
create sequence task_draft_seq start with 1 increment by 50;

create table task_draft (
    id        bigint       not null primary key,
    task_id   varchar(64)  not null,
    user_id   varchar(64)  not null,
    content   varchar(200000) not null,
    saved_at  timestamp(6) with time zone not null,
    constraint uq_task_draft unique (task_id, user_id)
);
