-- Who deployed each version of processes/ and forms/ (Camunda's deployment row does not say): an analyst's
-- redeploy, an upload, the file watcher or the start-up. Names the deployment only; no client data.
create table process_deployment (
    deployment_id  varchar(64)  not null primary key,
    deployed_by    varchar(64)  not null,
    deployed_at    timestamp(6) with time zone not null,
    how            varchar(20)  not null
);
