-- The supervisors' reports (reports/, issue #21) select one team's cases of a period by when something happened:
-- each measure's query starts from one of these ranges instead of reading every case of the team.
create index ix_care_case_team_opened on care_case (team, opened_at);
create index ix_care_case_team_closed on care_case (team, closed_at);
create index ix_stage_record_completed on stage_record (completed_at, case_id);
create index ix_assessment_result_instrument_time on assessment_result (instrument, administered_at, case_id);
create index ix_provider_referral_status_change_time on provider_referral_status_change (status, changed_at);
create index ix_provider_referral_created on provider_referral (created_at, case_id);
create index ix_timeline_entry_kind_time on timeline_entry (kind, occurred_at);
create index ix_task_list_team_due on task_list_row (team, due_date);
