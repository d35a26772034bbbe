-- Issue 16: "referral" means the referral that comes into intake; what the service arrangement stage sends to a
-- provider is a provider referral, in the code and in the tables. Columns inside these tables keep their names
-- (referral_id, serves_referral_id: the table says which referral). The sequences keep theirs (referral_seq,
-- referral_status_change_seq): H2 cannot rename a sequence, and the entities name them explicitly.
alter table referral rename to provider_referral;
alter table referral_status_change rename to provider_referral_status_change;
alter index ix_referral_case rename to ix_provider_referral_case;
alter index ix_referral_provider_status rename to ix_provider_referral_provider_status;
alter index ix_referral_status_change rename to ix_provider_referral_status_change;
