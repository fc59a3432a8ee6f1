-- Customers: satisfaction surveys and complaints (DOMAIN.md section 1, "Satisfaction, complaints").
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE cus_survey_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_survey (
  id           BIGINT        NOT NULL PRIMARY KEY,
  store_id     BIGINT        NOT NULL,
  customer_id  BIGINT        NOT NULL REFERENCES cus_customer (id),
  score        INTEGER       NOT NULL,
  occasion     VARCHAR(20)   NOT NULL,
  comment      VARCHAR(1000),
  recorded_by  VARCHAR(40)   NOT NULL,
  answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  -- The callback it was given in, when it came from completing a follow-up.
  follow_up_id BIGINT,
  -- The recovery task a score below the threshold opened.
  recovery_id  BIGINT,
  CONSTRAINT cus_survey_score_ck CHECK (score BETWEEN 1 AND 5)
);
-- A card's surveys, newest first; a store's measures over a date range.
CREATE INDEX cus_survey_customer_ix ON cus_survey (customer_id, answered_at);
CREATE INDEX cus_survey_store_ix ON cus_survey (store_id, answered_at, score);

CREATE SEQUENCE cus_complaint_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_complaint (
  id             BIGINT        NOT NULL PRIMARY KEY,
  store_id       BIGINT        NOT NULL REFERENCES plt_store (id),
  customer_id    BIGINT        NOT NULL REFERENCES cus_customer (id),
  channel        VARCHAR(20)   NOT NULL,
  category       VARCHAR(20)   NOT NULL,
  description    VARCHAR(2000) NOT NULL,
  owner_id       BIGINT        NOT NULL REFERENCES plt_user (id),
  owner_username VARCHAR(40)   NOT NULL,
  opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  opened_by      VARCHAR(40)   NOT NULL,
  deadline       TIMESTAMP WITH TIME ZONE NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  resolution     VARCHAR(2000),
  resolved_at    TIMESTAMP WITH TIME ZONE,
  resolved_by    VARCHAR(40),
  escalated      BOOLEAN       NOT NULL,
  escalated_at   TIMESTAMP WITH TIME ZONE,
  version        BIGINT        NOT NULL,
  CONSTRAINT cus_complaint_resolved_ck CHECK (status <> 'RESOLVED' OR resolution IS NOT NULL)
);
-- The complaints list: a store's complaints by status and deadline (the overdue filter is
-- "open or in progress and past the deadline").
CREATE INDEX cus_complaint_store_ix ON cus_complaint (store_id, status, deadline);
CREATE INDEX cus_complaint_customer_ix ON cus_complaint (customer_id, opened_at);
-- The sweep: complaints not yet escalated, by deadline.
CREATE INDEX cus_complaint_sweep_ix ON cus_complaint (escalated, deadline);
