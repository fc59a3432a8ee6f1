-- A contact's next step with a date becomes a planned contact: the task carries the step.
ALTER TABLE cus_follow_up ADD COLUMN planned_step VARCHAR(200);
