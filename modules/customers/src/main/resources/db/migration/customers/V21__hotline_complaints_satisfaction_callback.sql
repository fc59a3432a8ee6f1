-- Issue 15: complaints from the hotline without a customer card (the caller's name and phone, the
-- card linked later), compensation and root cause recorded at resolution, and the satisfaction
-- callback ("complaint closed" survey) that resolution opens. Follow-ups and surveys about a
-- complaint without a card carry the complaint and the caller instead of a card.

ALTER TABLE cus_complaint ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE cus_complaint ADD COLUMN caller_name VARCHAR(100);
ALTER TABLE cus_complaint ADD COLUMN caller_phone VARCHAR(30);
ALTER TABLE cus_complaint ADD COLUMN compensation_kind VARCHAR(20);
ALTER TABLE cus_complaint ADD COLUMN compensation_amount DECIMAL(12, 2);
ALTER TABLE cus_complaint ADD COLUMN compensation_note VARCHAR(500);
ALTER TABLE cus_complaint ADD COLUMN root_cause VARCHAR(30);
ALTER TABLE cus_complaint ADD COLUMN root_cause_note VARCHAR(1000);
-- The satisfaction callback resolution opened.
ALTER TABLE cus_complaint ADD COLUMN callback_id BIGINT;
ALTER TABLE cus_complaint ADD CONSTRAINT cus_complaint_who_ck
  CHECK (customer_id IS NOT NULL OR (caller_name IS NOT NULL AND caller_phone IS NOT NULL));
-- Complaints resolved from now on name compensation and root cause (older ones may not).
ALTER TABLE cus_complaint ADD CONSTRAINT cus_complaint_compensation_ck
  CHECK (compensation_amount IS NULL OR compensation_amount >= 0);

ALTER TABLE cus_follow_up ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE cus_follow_up ADD COLUMN complaint_id BIGINT REFERENCES cus_complaint (id);
ALTER TABLE cus_follow_up ADD COLUMN contact_name VARCHAR(100);
ALTER TABLE cus_follow_up ADD COLUMN contact_phone VARCHAR(30);
ALTER TABLE cus_follow_up ADD CONSTRAINT cus_follow_up_who_ck
  CHECK (customer_id IS NOT NULL OR contact_phone IS NOT NULL);
-- One task per complaint and key (escalation, callback) even where the complaint has no card;
-- linking a card finds the complaint's tasks by it.
CREATE UNIQUE INDEX cus_follow_up_complaint_uk ON cus_follow_up (complaint_id, dedupe_key);

ALTER TABLE cus_survey ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE cus_survey ADD COLUMN complaint_id BIGINT REFERENCES cus_complaint (id);
CREATE INDEX cus_survey_complaint_ix ON cus_survey (complaint_id);

-- Who a survey rates (the satisfaction screen's per-consultant and per-technician figures): a
-- post-sale survey the sale's consultant, a service survey the technician who did the job.
ALTER TABLE cus_survey ADD COLUMN rated_user_id BIGINT;
-- The screen reads a store's surveys of one occasion over a date range, grouped by who is rated.
CREATE INDEX cus_survey_rated_ix ON cus_survey (store_id, occasion, answered_at, rated_user_id, score);
-- Whom a callback asks about: the post-sale callback names the sale's consultant.
ALTER TABLE cus_follow_up ADD COLUMN subject_user_id BIGINT;
-- The open recovery tasks of a store (the satisfaction screen's list) use V13's
-- cus_follow_up_reason_ix (store_id, reason, status).

-- The phone-in register's checklist: the chain's steps done during the call, comma-separated in
-- the chain's order (INTRODUCED,PURPOSE_CONFIRMED,...); null for entries logged without it.
ALTER TABLE cus_contact ADD COLUMN phone_in_steps VARCHAR(200);
