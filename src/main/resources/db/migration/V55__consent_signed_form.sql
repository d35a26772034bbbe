-- A consent signed on the tablet (issue 20): the signed form is a case document, kept with the consent so the
-- consents panel can show it. Null for a consent entered on the page or given at intake. The document and the
-- consent are written in one transaction; neither is ever changed afterwards.
alter table client_consent add column signed_document_id bigint references case_document (id);
