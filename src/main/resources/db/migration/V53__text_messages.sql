-- Text messages to clients and caregivers (issue 22): the delivery log on the case, one row a message, moved along
-- by the sending job and by Twilio's status callbacks; and every STOP/START a number sent, newest deciding.
-- recipient is E.164 (+ and at most 15 digits). contact_id names the client's contact once contacts exist.
create sequence outgoing_message_seq start with 1 increment by 50;
create table outgoing_message (
    id                  bigint        not null primary key,
    case_id             bigint        not null references care_case (id),
    case_number         varchar(32)   not null,
    contact_id          bigint,
    recipient           varchar(16)   not null,
    channel             varchar(10)   not null,
    purpose             varchar(40)   not null,
    language            varchar(8)    not null,
    body                varchar(1600) not null,
    urgent              boolean       not null,
    status              varchar(30)   not null,
    provider_message_id varchar(64),
    error_code          varchar(16),
    error_reason        varchar(500),
    attempts            integer       not null,
    hold_until          timestamp(6) with time zone,
    created_at          timestamp(6) with time zone not null,
    sent_at             timestamp(6) with time zone,
    status_at           timestamp(6) with time zone not null
);
create index ix_outgoing_message_case on outgoing_message (case_id, created_at);
create index ix_outgoing_message_recipient on outgoing_message (recipient, created_at);
create unique index ux_outgoing_message_provider_id on outgoing_message (provider_message_id);

create sequence sms_opt_out_seq start with 1 increment by 50;
create table sms_opt_out (
    id          bigint       not null primary key,
    phone       varchar(16)  not null,
    opted_out   boolean      not null,
    word        varchar(20)  not null,
    received_at timestamp(6) with time zone not null
);
create index ix_sms_opt_out_phone on sms_opt_out (phone, received_at);
