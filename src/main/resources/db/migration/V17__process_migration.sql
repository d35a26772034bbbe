-- Migrations of running cases to another process version, run by the engine as a batch (processes/MigrationBatches):
-- who asked for it, and for each case whether its instance has moved yet, so the case's timeline gets its line
-- exactly once, on whichever node sees the move first. Case numbers and ids only; no client data.
create table process_migration (
    batch_id              varchar(64)  not null primary key,
    process_key           varchar(255) not null,
    from_version          integer      not null,
    to_version            integer      not null,
    target_definition_id  varchar(64)  not null,
    started_by            varchar(64)  not null,
    started_at            timestamp(6) with time zone not null
);

create table process_migration_case (
    batch_id             varchar(64) not null references process_migration (batch_id),
    process_instance_id  varchar(64) not null,
    case_number          varchar(32) not null,
    -- PENDING until the instance runs on the target version (MIGRATED) or ended before it moved (ENDED)
    outcome              varchar(16) not null,
    recorded_at          timestamp(6) with time zone,
    primary key (batch_id, process_instance_id)
);

create index process_migration_case_outcome on process_migration_case (outcome);
