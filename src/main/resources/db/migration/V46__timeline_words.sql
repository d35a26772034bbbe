-- A timeline line keeps what it says as a message key and its arguments (JSON), so each reader sees it in their
-- language and with people's names; summary keeps the English words as written (and is all older lines have).
alter table timeline_entry add column message_key varchar(100);
alter table timeline_entry add column message_arguments varchar(10000);
