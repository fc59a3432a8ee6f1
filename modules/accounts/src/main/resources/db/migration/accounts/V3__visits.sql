-- Visits of account managers (DOMAIN.md section 5): planned for a day and/or done at a time, with
-- the five needs questions and the next step.
CREATE SEQUENCE acc_visit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_visit (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  account_id         BIGINT       NOT NULL REFERENCES acc_account (id),
  store_id           BIGINT       NOT NULL REFERENCES plt_store (id),
  account_manager_id BIGINT       REFERENCES plt_user (id),
  kind               VARCHAR(10)  NOT NULL,
  planned_for        DATE,
  occurred_at        TIMESTAMP WITH TIME ZONE,
  needs_who          VARCHAR(500),
  needs_what         VARCHAR(500),
  needs_can_use      VARCHAR(500),
  needs_values       VARCHAR(500),
  needs_budget       VARCHAR(500),
  next_step          VARCHAR(500),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(40)  NOT NULL,
  version            BIGINT       NOT NULL
);
-- A manager's plan of a day (and the overdue ones before it); an account's last visit.
CREATE INDEX acc_visit_plan_ix ON acc_visit (account_manager_id, planned_for);
CREATE INDEX acc_visit_account_ix ON acc_visit (account_id, occurred_at);
CREATE INDEX acc_visit_done_ix ON acc_visit (account_manager_id, occurred_at);
