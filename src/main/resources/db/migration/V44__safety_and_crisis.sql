-- Safety and crisis, loud everywhere (issue #18).

-- The task list's red rows: 2 for a crisis (a "Respond to crisis" task, or any task of a case with an open crisis
-- flag), 1 for a safety concern, 0 otherwise. Every sort leads with it after list_key, so flagged rows come first
-- whatever the chosen sort and each list page is still one index range read in order.
alter table task_list_row add column alert_rank int default 0 not null;
update task_list_row set alert_rank = 2
    where task_definition_key in ('Task_CrisisResponse', 'Task_CrisisEscalation');
update task_list_row set alert_rank = 1 where alert_rank = 0
    and (task_definition_key in ('Task_SafetyResponse', 'Task_SafetyEscalation')
         or case_id in (select case_id from case_flag where kind = 'SAFETY' and resolved_at is null));
drop index ix_task_list_due;
drop index ix_task_list_priority;
drop index ix_task_list_acuity;
create index ix_task_list_due on task_list_row (list_key, alert_rank desc, due_date nulls last, created_at, task_id);
create index ix_task_list_priority on task_list_row
    (list_key, alert_rank desc, priority desc, due_date nulls last, created_at, task_id);
create index ix_task_list_acuity on task_list_row
    (list_key, alert_rank desc, acuity_rank desc, due_date nulls last, created_at, task_id);

-- A safety concern or crisis reaches its people as an urgent notice: first and red on their notices page.
alter table notice add column urgent boolean default false not null;

-- What a crisis call said, for the people who respond to it (the "Respond to crisis" task shows it): client
-- information, kept in the case record like the timeline, never in the engine's history.
create sequence crisis_report_seq start with 1 increment by 50;

create table crisis_report (
    id               bigint        not null primary key,
    case_id          bigint        not null references care_case (id),
    -- the "Respond to crisis" task this report started
    task_id          varchar(64),
    description      varchar(2000) not null,
    -- the caller, as the reporter wrote it ("Neighbour", "Daughter, Ines")
    caller           varchar(200),
    callback_number  varchar(30),
    -- the person who entered it (a coordinator, or the hotline's integration account)
    reported_by      varchar(64)   not null,
    reported_at      timestamp(6) with time zone not null
);
create index ix_crisis_report_case on crisis_report (case_id, reported_at);
create index ix_crisis_report_task on crisis_report (task_id);
