-- Reminders by email (issue 22): the delivery log holds emails beside texts (channel EMAIL): an address is longer
-- than a phone number, an email has a subject, and each carries a random token for its unsubscribe link (no client
-- data in the URL). An unsubscribe is kept with the STOPs, by address.
alter table outgoing_message alter column recipient set data type varchar(320);
alter table outgoing_message add column subject varchar(200);
alter table outgoing_message add column unsubscribe_token varchar(64);
create unique index ux_outgoing_message_unsubscribe on outgoing_message (unsubscribe_token);
alter table sms_opt_out alter column phone set data type varchar(320);
