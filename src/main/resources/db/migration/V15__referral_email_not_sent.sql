-- Referral emails (issue #6): why no email went to the provider (no mail server configured), so the service plan
-- says so instead of showing a failure.
alter table referral add column email_not_sent varchar(200);
