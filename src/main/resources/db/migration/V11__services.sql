-- Arranging services (issue #6): the provider directory, provider API tokens, referrals and their status history.
create sequence provider_seq start with 1 increment by 50;

create table provider (
    id                  bigint        not null primary key,
    name                varchar(200)  not null,
    -- codes from REFERENCE.md, comma separated ("HOME_CARE,ADULT_DAY_CARE")
    service_types       varchar(400)  not null,
    -- postal codes or counties served, comma separated, upper case
    areas               varchar(1000) not null,
    -- languages spoken, comma separated, lower case ("english,spanish")
    languages           varchar(400)  not null,
    accepts_new_clients boolean       not null,
    open_places         integer       not null,
    contact_name        varchar(200),
    phone               varchar(50),
    email               varchar(200),
    opening_hours       varchar(200),
    version             bigint        not null
);
create unique index ux_provider_name on provider (name);

create sequence provider_token_seq start with 1 increment by 50;

-- Bearer tokens of a provider's systems: only a SHA-256 hash is stored; the token is shown once.
create table provider_token (
    id          bigint       not null primary key,
    provider_id bigint       not null references provider (id),
    token_hash  varchar(64)  not null,
    label       varchar(100) not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(64)  not null,
    revoked_at  timestamp(6) with time zone
);
create unique index ux_provider_token_hash on provider_token (token_hash);

create sequence referral_seq start with 1 increment by 50;

-- A referral to a provider (FHIR ServiceRequest + Task); status follows FHIR Task states.
create table referral (
    id                  bigint        not null primary key,
    case_id             bigint        not null references care_case (id),
    service_type        varchar(32)   not null,
    provider_id         bigint        not null references provider (id),
    status              varchar(16)   not null,
    status_changed_at   timestamp(6) with time zone not null,
    status_changed_by   varchar(64)   not null,
    -- why the provider declined, a supervisor refused, or a referral was cancelled
    status_reason       varchar(1000),
    consent_id          bigint,
    redisclosure_notice varchar(2000),
    consent_scope       varchar(1000),
    start_date          date,
    schedule            varchar(200),
    email_sent_at       timestamp(6) with time zone,
    email_error         varchar(500),
    email_failed_at     timestamp(6) with time zone,
    -- a TRANSPORTATION referral: the referral it takes the client to, and the trip
    serves_referral_id  bigint references referral (id),
    pickup_address      varchar(500),
    pickup_time         varchar(100),
    return_time         varchar(100),
    mobility_needs      varchar(100),
    created_at          timestamp(6) with time zone not null,
    created_by          varchar(64)   not null,
    version             bigint        not null
);
create index ix_referral_case on referral (case_id);
create index ix_referral_provider_status on referral (provider_id, status);

create sequence referral_status_change_seq start with 1 increment by 50;

create table referral_status_change (
    id          bigint        not null primary key,
    referral_id bigint        not null references referral (id),
    status      varchar(16)   not null,
    changed_at  timestamp(6) with time zone not null,
    changed_by  varchar(64)   not null,
    reason      varchar(1000)
);
create index ix_referral_status_change on referral_status_change (referral_id, changed_at);
