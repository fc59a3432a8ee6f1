-- Customers: the customer card, its change history, the contact timeline and follow-up tasks.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE cus_customer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_customer (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  store_id           BIGINT        NOT NULL REFERENCES plt_store (id),
  name               VARCHAR(100)  NOT NULL,
  name_key           VARCHAR(100)  NOT NULL,
  phone              VARCHAR(30)   NOT NULL,
  phone_type         VARCHAR(10)   NOT NULL,
  type               VARCHAR(10)   NOT NULL,
  source             VARCHAR(20)   NOT NULL,
  region             VARCHAR(10)   NOT NULL,
  city               VARCHAR(60),
  county             VARCHAR(60),
  birthday           DATE,
  consultant_id      BIGINT        REFERENCES plt_user (id),
  classification     VARCHAR(10)   NOT NULL,
  base_kind          VARCHAR(20),
  grade              VARCHAR(1),
  next_follow_up_due TIMESTAMP WITH TIME ZONE,
  last_contact_at    TIMESTAMP WITH TIME ZONE,
  marketing_consent  BOOLEAN       NOT NULL,
  consent_at         TIMESTAMP WITH TIME ZONE,
  notes              VARCHAR(1000),
  registered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT        NOT NULL,
  -- One card per phone and store: a second registration finds the first.
  CONSTRAINT cus_customer_phone_uk UNIQUE (store_id, phone)
);
-- Search by name prefix (name_key is the lower-cased name) and the consultant's lists.
CREATE INDEX cus_customer_name_ix ON cus_customer (store_id, name_key);
CREATE INDEX cus_customer_consultant_ix ON cus_customer (consultant_id, next_follow_up_due);
CREATE INDEX cus_customer_registered_ix ON cus_customer (store_id, registered_at);

CREATE SEQUENCE cus_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_customer_change (
  id          BIGINT       NOT NULL PRIMARY KEY,
  customer_id BIGINT       NOT NULL REFERENCES cus_customer (id),
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by  VARCHAR(40)  NOT NULL,
  field       VARCHAR(20)  NOT NULL,
  old_value   VARCHAR(30),
  new_value   VARCHAR(30),
  reason      VARCHAR(200)
);
CREATE INDEX cus_customer_change_ix ON cus_customer_change (customer_id, changed_at);

CREATE SEQUENCE cus_contact_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_contact (
  id          BIGINT        NOT NULL PRIMARY KEY,
  store_id    BIGINT        NOT NULL,
  customer_id BIGINT        NOT NULL REFERENCES cus_customer (id),
  kind        VARCHAR(20)   NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR(40)   NOT NULL,
  purpose     VARCHAR(200),
  outcome     VARCHAR(200)  NOT NULL,
  note        VARCHAR(1000)
);
CREATE INDEX cus_contact_customer_ix ON cus_contact (customer_id, occurred_at);
CREATE INDEX cus_contact_store_day_ix ON cus_contact (store_id, kind, occurred_at);

CREATE SEQUENCE cus_follow_up_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_follow_up (
  id            BIGINT       NOT NULL PRIMARY KEY,
  store_id      BIGINT       NOT NULL,
  customer_id   BIGINT       NOT NULL REFERENCES cus_customer (id),
  consultant_id BIGINT,
  reason        VARCHAR(30)  NOT NULL,
  due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  status        VARCHAR(10)  NOT NULL,
  outcome       VARCHAR(200),
  satisfaction  INTEGER,
  completed_at  TIMESTAMP WITH TIME ZONE,
  completed_by  VARCHAR(40),
  version       BIGINT       NOT NULL,
  CONSTRAINT cus_follow_up_satisfaction_ck CHECK (satisfaction BETWEEN 1 AND 5)
);
-- The queues: a consultant's open tasks by due time; a store's, for the manager.
CREATE INDEX cus_follow_up_queue_ix ON cus_follow_up (consultant_id, status, due_at);
CREATE INDEX cus_follow_up_store_ix ON cus_follow_up (store_id, status, due_at);
CREATE INDEX cus_follow_up_customer_ix ON cus_follow_up (customer_id, status);
