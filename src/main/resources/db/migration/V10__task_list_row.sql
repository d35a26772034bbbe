-- The task list's read model (tasklist/readmodel): one row per open case task with what the list shows and filters
-- on, written in the engine's transaction by TaskListSync. The engine's ACT_RU_TASK stays the truth; this table can
-- be rebuilt from it at any time (/admin/task-list, or start with --rebuild-task-list).
--
-- list_key says which list a row is on: 'u:<user id>' when assigned ("My tasks"), 'g:<candidate group>' while
-- unassigned (that team's queue). Every list query is "list_key = ?" plus a sort, so each sort has one index that
-- starts with list_key and ends with the same tie-breakers: the database reads one page of index entries in order
-- instead of sorting the whole queue. Filters on stage, acuity or overdue walk the same index.
create table task_list_row (
    task_id             varchar(64)  not null primary key,
    task_name           varchar(255),
    task_definition_key varchar(255) not null,
    process_instance_id varchar(64)  not null,
    case_id             bigint       not null references care_case (id),
    case_number         varchar(32)  not null,
    -- shown on the row; name_key is the upper-case "LAST FIRST" that the client search matches the start of
    client_name         varchar(201) not null,
    name_key            varchar(201) not null,
    team                varchar(64)  not null,
    candidate_group     varchar(64),
    assignee            varchar(64),
    -- the case owner (the coordinator who completed intake)
    owner               varchar(64),
    list_key            varchar(80),
    stage               varchar(32)  not null,
    acuity              varchar(16),
    -- 0 until assessed, then LOW 1 .. CRITICAL 4: "most acute first" is a plain descending index
    acuity_rank         int          not null,
    due_date            timestamp(6) with time zone,
    priority            int          not null,
    created_at          timestamp(6) with time zone not null
);
create index ix_task_list_due on task_list_row (list_key, due_date nulls last, created_at, task_id);
create index ix_task_list_priority on task_list_row (list_key, priority desc, due_date nulls last, created_at, task_id);
create index ix_task_list_acuity on task_list_row (list_key, acuity_rank desc, due_date nulls last, created_at, task_id);
-- search: by the start of the client's name, or by case number, within one list
create index ix_task_list_name on task_list_row (list_key, name_key);
create index ix_task_list_case_number on task_list_row (list_key, case_number);
-- a case's rows follow its stage, owner and acuity
create index ix_task_list_case on task_list_row (case_id);

-- How many rows each list has, kept in the same transaction as the rows, so the tabs' counts ("Team queue (212)")
-- are a primary-key read instead of a count over the queue.
create table task_list_count (
    list_key   varchar(80) not null primary key,
    open_tasks bigint      not null
);
