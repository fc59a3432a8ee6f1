-- Services: the plan catalogue (Pioneer Care cards, extended warranties, screen cover) and the
-- contracts a sold plan becomes, one per device.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE svc_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE svc_plan (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  code                VARCHAR(30)  NOT NULL,
  name                VARCHAR(120) NOT NULL,
  name_zh             VARCHAR(120),
  coverage            VARCHAR(10)  NOT NULL,
  on_site             BOOLEAN      NOT NULL,
  -- null: lifetime
  term_months         INTEGER,
  device_limit        INTEGER      NOT NULL,
  -- the main-product categories it is sold with, comma-separated (PHONE,TABLET)
  eligible_categories VARCHAR(120) NOT NULL,
  -- the catalogue product (category SERVICE) checkout sells; its price and cost are the plan's
  product_id          BIGINT       NOT NULL REFERENCES sal_product (id),
  status              VARCHAR(8)   NOT NULL,
  version             BIGINT       NOT NULL,
  CONSTRAINT svc_plan_code_uk UNIQUE (code),
  -- checkout finds a line's plan by its product
  CONSTRAINT svc_plan_product_uk UNIQUE (product_id),
  CONSTRAINT svc_plan_term_ck CHECK (term_months IS NULL OR term_months > 0),
  CONSTRAINT svc_plan_limit_ck CHECK (device_limit > 0)
);

-- A contract: one sold plan covering one device (serial), from the sale's day to the end of its
-- term (null: lifetime), until a return cancels it (the plan) or ends it (the device).
CREATE SEQUENCE svc_contract_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE svc_contract (
  id            BIGINT         NOT NULL PRIMARY KEY,
  store_id      BIGINT         NOT NULL REFERENCES plt_store (id),
  plan_id       BIGINT         NOT NULL REFERENCES svc_plan (id),
  order_id      BIGINT         NOT NULL,
  order_line_id BIGINT         NOT NULL,
  serial        VARCHAR(60)    NOT NULL,
  customer_id   BIGINT,
  account_id    BIGINT,
  seller_id     BIGINT,
  sold_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  start_on      DATE           NOT NULL,
  end_on        DATE,
  status        VARCHAR(10)    NOT NULL,
  closed_on     DATE,
  price         DECIMAL(12, 2) NOT NULL,
  refund        DECIMAL(12, 2),
  version       BIGINT         NOT NULL,
  -- a line covers each device once
  CONSTRAINT svc_contract_line_serial_uk UNIQUE (order_line_id, serial)
);
-- What covers a device (the lookup, service requests): by serial.
CREATE INDEX svc_contract_serial_ix ON svc_contract (serial, start_on);
-- A customer's and an account's contracts, newest first.
CREATE INDEX svc_contract_customer_ix ON svc_contract (customer_id, start_on);
CREATE INDEX svc_contract_account_ix ON svc_contract (account_id, start_on);
-- The store's list, newest first.
CREATE INDEX svc_contract_store_ix ON svc_contract (store_id, start_on);
-- A return finds the contracts of its order.
CREATE INDEX svc_contract_order_ix ON svc_contract (order_id);
