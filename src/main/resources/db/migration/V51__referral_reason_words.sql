-- A reason the system gives a referral's status ("The coordinating agency closed the case", a consent refusal) is
-- kept as a message key and its arguments (JSON), like a timeline line (V46) and a notice (V48), so each reader sees
-- it in their language; status_reason / reason keep the English words as written (the API's statusReason), and are
-- all older rows and a reason a person typed have.
alter table provider_referral add column status_reason_key varchar(100);
alter table provider_referral add column status_reason_arguments varchar(10000);
alter table provider_referral_status_change add column reason_key varchar(100);
alter table provider_referral_status_change add column reason_arguments varchar(10000);
