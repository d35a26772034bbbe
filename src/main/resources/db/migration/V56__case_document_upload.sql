-- Uploaded documents (a wet-signed consent scan, a letter received, ...) are kept in case_document beside the
-- generated ones. An upload has no template, template version or language, so those may be empty; it has what the
-- coordinator said it is (upload_kind), a short title, and whether a browser can show it (an encrypted or broken
-- PDF is still kept: it is evidence). A generated document has no upload_kind.
alter table case_document alter column kind drop not null;
alter table case_document alter column template drop not null;
alter table case_document alter column template_version drop not null;
alter table case_document alter column language drop not null;
alter table case_document add column upload_kind varchar(40);
alter table case_document add column title varchar(200);
alter table case_document add column previewable boolean default true not null;
