-- Issue 15: holiday greetings, the weekly contact cap, escalation of overdue follow-ups, VIPs.

-- The holidays the follow-up sweep greets base and VIP customers on: one row per holiday and year
-- (the admin edits the dates; name_key names it in the message bundles, holiday.<KEY>).
-- The sequence starts past the seeded ids (EclipseLink reads each value as the top of a block).
CREATE SEQUENCE cus_holiday_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE cus_holiday (
  id           BIGINT      NOT NULL PRIMARY KEY,
  name_key     VARCHAR(20) NOT NULL,
  holiday_date DATE        NOT NULL,
  holiday_year INTEGER     NOT NULL,
  version      BIGINT      NOT NULL,
  -- One date per holiday and year: the greeting's dedupe key is the holiday and its year.
  CONSTRAINT cus_holiday_year_uk UNIQUE (name_key, holiday_year)
);
CREATE INDEX cus_holiday_date_ix ON cus_holiday (holiday_date);
INSERT INTO cus_holiday (id, name_key, holiday_date, holiday_year, version) VALUES
  (1, 'SPRING_FESTIVAL', DATE '2026-02-17', 2026, 0),
  (2, 'MID_AUTUMN',      DATE '2026-09-25', 2026, 0),
  (3, 'NATIONAL_DAY',    DATE '2026-10-01', 2026, 0),
  (4, 'SPRING_FESTIVAL', DATE '2027-02-06', 2027, 0),
  (5, 'MID_AUTUMN',      DATE '2027-09-15', 2027, 0),
  (6, 'NATIONAL_DAY',    DATE '2027-10-01', 2027, 0),
  (7, 'SPRING_FESTIVAL', DATE '2028-01-26', 2028, 0),
  (8, 'MID_AUTUMN',      DATE '2028-10-03', 2028, 0),
  (9, 'NATIONAL_DAY',    DATE '2028-10-01', 2028, 0);

-- Escalation: an open follow-up overdue by more than storecrm.followup.escalate-after-days is
-- flagged for the store manager (the sweep, set-based); the manager reassigns or closes it.
ALTER TABLE cus_follow_up ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
-- The sweep's candidates (open, past a cut-off) and the weekly cap's count per customer and week.
CREATE INDEX cus_follow_up_status_due_ix ON cus_follow_up (status, due_at);
CREATE INDEX cus_follow_up_customer_due_ix ON cus_follow_up (customer_id, due_at);
-- The manager's escalated list, per store.
CREATE INDEX cus_follow_up_escalated_ix ON cus_follow_up (store_id, escalated_at);

-- VIPs: their kind, whether (who, when) a manager has met them.
CREATE TABLE cus_vip_profile (
  customer_id BIGINT      NOT NULL PRIMARY KEY REFERENCES cus_customer (id),
  kind        VARCHAR(20),
  met_by      BIGINT,
  met_at      TIMESTAMP WITH TIME ZONE,
  version     BIGINT      NOT NULL
);
-- Their invitations to events and gifts.
CREATE SEQUENCE cus_vip_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_vip_invitation (
  id          BIGINT       NOT NULL PRIMARY KEY,
  customer_id BIGINT       NOT NULL REFERENCES cus_customer (id),
  invited_on  DATE         NOT NULL,
  kind        VARCHAR(5)   NOT NULL,
  what        VARCHAR(200) NOT NULL,
  accepted    BOOLEAN,
  recorded_by VARCHAR(40)  NOT NULL,
  version     BIGINT       NOT NULL
);
CREATE INDEX cus_vip_invitation_customer_ix ON cus_vip_invitation (customer_id, invited_on);
-- The referral report: leads per referrer registered in a period.
CREATE INDEX cus_customer_referrer_registered_ix ON cus_customer (referrer_id, registered_at);
