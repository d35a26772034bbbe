-- Documents generated from a case (care-plan summary, closure letter), kept with the record. A row is never
-- changed: a new version of a document is a new row. The bytes live in the database so every node of a cluster
-- serves them and backups include them; sha256 (hex) lets anyone check a copy against what was stored.
create sequence case_document_seq start with 1 increment by 50;
create table case_document (
    id               bigint        not null primary key,
    case_id          bigint        not null references care_case (id),
    kind             varchar(40)   not null,
    template         varchar(200)  not null,
    template_version varchar(64)   not null,
    language         varchar(8)    not null,
    file_name        varchar(200)  not null,
    media_type       varchar(100)  not null,
    content          bytea         not null,
    size_bytes       bigint        not null,
    sha256           varchar(64)   not null,
    created_by       varchar(64)   not null,
    created_at       timestamp(6) with time zone not null
);
create index ix_case_document_case on case_document (case_id, created_at);
