-- Login throttling: failed logins per subject ("user:<name>" or "address:<client address>"),
-- shared by every instance on the database. Updated set-based (failures = failures + 1), so that
-- two instances counting at once lose no failure.
CREATE TABLE plt_login_throttle (
  subject         VARCHAR(160) NOT NULL,
  failures        INTEGER      NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT plt_login_throttle_pk PRIMARY KEY (subject)
);
-- The administrator's list of current locks.
CREATE INDEX plt_login_throttle_locked_ix ON plt_login_throttle (locked_until);
