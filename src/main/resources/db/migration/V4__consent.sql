-- A client's consents (FHIR Consent): to share with providers, and to disclose substance-use information under
-- 42 CFR Part 2. A consent belongs to the client, is recorded from one of their cases, and is never deleted or
-- edited: revoking fills the revoked_* columns once; a new consent is a new row. recipient null = any provider
-- the coordinator arranges a service with (a general designation); valid_until null = until revoked.

create sequence client_consent_seq start with 1 increment by 50;

create table client_consent (
    id                  bigint       not null primary key,
    client_id           bigint       not null references client (id),
    recorded_from_case  bigint       not null references care_case (id),
    purpose             varchar(32)  not null,
    recipient           varchar(200),
    given_on            date         not null,
    valid_until         date,
    recorded_by         varchar(64)  not null,
    recorded_at         timestamp(6) with time zone not null,
    revoked_on          date,
    revoked_by          varchar(64),
    revoked_at          timestamp(6) with time zone,
    revocation_reason   varchar(500),
    version             bigint       not null,
    constraint ck_client_consent_period check (valid_until is null or valid_until >= given_on),
    constraint ck_client_consent_revoked check ((revoked_on is null) = (revoked_by is null))
);
create index ix_client_consent_client on client_consent (client_id, purpose);
