-- A notice keeps what it says as a message key and its arguments (JSON), like a timeline line (V46), so each reader
-- sees it in their language and with people's names; message keeps the English words as written (and is all older
-- notices have).
alter table notice add column message_key varchar(100);
alter table notice add column message_arguments varchar(10000);
