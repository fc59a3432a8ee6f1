-- Sales: monthly targets per consultant and per store, and the opportunities of the sales funnel.

CREATE SEQUENCE sal_target_seq START WITH 50 INCREMENT BY 50;
-- One row per store, month and subject: a consultant (subject_key = the consultant's id) or the
-- store as a whole (consultant_id NULL, subject_key 0), so that the unique key holds for both.
CREATE TABLE sal_target (
  id            BIGINT         NOT NULL PRIMARY KEY,
  store_id      BIGINT         NOT NULL REFERENCES plt_store (id),
  consultant_id BIGINT         REFERENCES plt_user (id),
  subject_key   BIGINT         NOT NULL,
  target_month  VARCHAR(7)     NOT NULL,
  revenue       DECIMAL(14, 2) NOT NULL,
  units         INTEGER        NOT NULL,
  new_leads     INTEGER        NOT NULL,
  attach_rate   DECIMAL(5, 2)  NOT NULL,
  service_cards INTEGER        NOT NULL,
  updated_by    VARCHAR(40)    NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT         NOT NULL,
  CONSTRAINT sal_target_uk UNIQUE (store_id, target_month, subject_key),
  CONSTRAINT sal_target_values_ck CHECK (revenue >= 0 AND units >= 0 AND new_leads >= 0
    AND attach_rate BETWEEN 0 AND 100 AND service_cards >= 0)
);

CREATE SEQUENCE sal_opportunity_seq START WITH 50 INCREMENT BY 50;
-- reached: the furthest stage of the way to delivery the opportunity came to (0 = lead … 5 =
-- delivered), kept when it is lost, so that the funnel counts each stage by one grouped query.
CREATE TABLE sal_opportunity (
  id             BIGINT         NOT NULL PRIMARY KEY,
  store_id       BIGINT         NOT NULL REFERENCES plt_store (id),
  customer_id    BIGINT         NOT NULL REFERENCES cus_customer (id),
  consultant_id  BIGINT         NOT NULL REFERENCES plt_user (id),
  source         VARCHAR(20)    NOT NULL,
  category       VARCHAR(12)    NOT NULL,
  budget         DECIMAL(14, 2),
  expected_close DATE,
  stage          VARCHAR(10)    NOT NULL,
  reached        INTEGER        NOT NULL,
  order_id       BIGINT         REFERENCES sal_order (id),
  lost_reason_id BIGINT,
  lost_note      VARCHAR(1000),
  opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  stage_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(40)    NOT NULL,
  version        BIGINT         NOT NULL,
  CONSTRAINT sal_opportunity_reached_ck CHECK (reached BETWEEN 0 AND 5)
);
-- The funnel: a store's opportunities opened in a month; a customer's opportunities.
CREATE INDEX sal_opportunity_store_ix ON sal_opportunity (store_id, opened_at);
CREATE INDEX sal_opportunity_customer_ix ON sal_opportunity (customer_id);
