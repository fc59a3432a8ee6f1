-- Platform: stores, staff logins, the audit trail, demo-data bookkeeping.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL.

CREATE SEQUENCE plt_store_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plt_store (
  id       BIGINT       NOT NULL PRIMARY KEY,
  code     VARCHAR(20)  NOT NULL,
  name     VARCHAR(100) NOT NULL,
  region   VARCHAR(60)  NOT NULL,
  city     VARCHAR(60)  NOT NULL,
  address  VARCHAR(200),
  phone    VARCHAR(30),
  active   BOOLEAN      NOT NULL,
  version  BIGINT       NOT NULL,
  CONSTRAINT plt_store_code_uk UNIQUE (code)
);
CREATE INDEX plt_store_name_ix ON plt_store (name);

CREATE SEQUENCE plt_user_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plt_user (
  id            BIGINT       NOT NULL PRIMARY KEY,
  username      VARCHAR(40)  NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  full_name     VARCHAR(100) NOT NULL,
  role          VARCHAR(20)  NOT NULL,
  store_id      BIGINT       REFERENCES plt_store (id),
  language      VARCHAR(10)  NOT NULL,
  active        BOOLEAN      NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT       NOT NULL,
  CONSTRAINT plt_user_username_uk UNIQUE (username),
  CONSTRAINT plt_user_role_ck CHECK (role IN ('CONSULTANT', 'MANAGER', 'SERVICE', 'ACCOUNT_MANAGER', 'ADMIN'))
);
CREATE INDEX plt_user_store_role_ix ON plt_user (store_id, role);
CREATE INDEX plt_user_full_name_ix ON plt_user (full_name);

CREATE SEQUENCE plt_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plt_audit_event (
  id          BIGINT       NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  username    VARCHAR(40)  NOT NULL,
  store_id    BIGINT,
  record_type VARCHAR(40)  NOT NULL,
  record_id   VARCHAR(40)  NOT NULL,
  action      VARCHAR(20)  NOT NULL,
  changes     VARCHAR(8000)
);
CREATE INDEX plt_audit_occurred_ix ON plt_audit_event (occurred_at);
CREATE INDEX plt_audit_record_ix ON plt_audit_event (record_type, record_id, occurred_at);
CREATE INDEX plt_audit_user_ix ON plt_audit_event (username, occurred_at);

CREATE TABLE plt_demo_seed (
  module    VARCHAR(40) NOT NULL PRIMARY KEY,
  seeded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
