-- The case's acuity (LOW, MODERATE, HIGH, CRITICAL), set by the Acuity decision; null until the first assessment.
alter table care_case add column acuity varchar(16);
