-- Sales: the catalogue, each store's stock, orders with their lines, checkout checklist and returns,
-- and the idempotency keys of submitted orders.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE sal_product_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sal_product (
  id            BIGINT         NOT NULL PRIMARY KEY,
  sku           VARCHAR(40)    NOT NULL,
  name          VARCHAR(120)   NOT NULL,
  name_zh       VARCHAR(120),
  search_key    VARCHAR(250)   NOT NULL,
  brand         VARCHAR(60),
  category      VARCHAR(12)    NOT NULL,
  price         DECIMAL(12, 2) NOT NULL,
  cost          DECIMAL(12, 2) NOT NULL,
  pricing_role  VARCHAR(10)    NOT NULL,
  phase         VARCHAR(12)    NOT NULL,
  launched_on   DATE,
  traffic_limit INTEGER,
  status        VARCHAR(8)     NOT NULL,
  version       BIGINT         NOT NULL,
  CONSTRAINT sal_product_sku_uk UNIQUE (sku),
  CONSTRAINT sal_product_money_ck CHECK (price >= 0 AND cost >= 0),
  CONSTRAINT sal_product_traffic_ck CHECK (traffic_limit IS NULL OR traffic_limit > 0)
);
-- The catalogue list: by category in SKU order; the pricing-mix count by role.
CREATE INDEX sal_product_category_ix ON sal_product (category, sku);
CREATE INDEX sal_product_role_ix ON sal_product (status, pricing_role);

-- Stock per product and store; changed only by guarded updates (on_hand never below 0).
CREATE TABLE sal_stock (
  product_id BIGINT  NOT NULL REFERENCES sal_product (id),
  store_id   BIGINT  NOT NULL REFERENCES plt_store (id),
  on_hand    INTEGER NOT NULL,
  sold_units INTEGER NOT NULL,
  PRIMARY KEY (product_id, store_id),
  CONSTRAINT sal_stock_on_hand_ck CHECK (on_hand >= 0)
);
CREATE INDEX sal_stock_store_ix ON sal_stock (store_id, product_id);

CREATE SEQUENCE sal_order_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sal_order (
  id              BIGINT         NOT NULL PRIMARY KEY,
  store_id        BIGINT         NOT NULL REFERENCES plt_store (id),
  consultant_id   BIGINT         NOT NULL REFERENCES plt_user (id),
  customer_id     BIGINT         REFERENCES cus_customer (id),
  sold_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  payment         VARCHAR(15)    NOT NULL,
  account_id      BIGINT,
  deposit         DECIMAL(14, 2) NOT NULL,
  total           DECIMAL(14, 2) NOT NULL,
  returned_amount DECIMAL(14, 2) NOT NULL,
  status          VARCHAR(16)    NOT NULL,
  approved_by     VARCHAR(40),
  created_by      VARCHAR(40)    NOT NULL,
  version         BIGINT         NOT NULL
);
-- The order list: a store's orders by time, a consultant's, a customer's.
CREATE INDEX sal_order_store_sold_ix ON sal_order (store_id, sold_at);
CREATE INDEX sal_order_consultant_ix ON sal_order (consultant_id, sold_at);
CREATE INDEX sal_order_customer_ix ON sal_order (customer_id);

CREATE SEQUENCE sal_order_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sal_order_line (
  id                BIGINT         NOT NULL PRIMARY KEY,
  order_id          BIGINT         NOT NULL REFERENCES sal_order (id),
  line_no           INTEGER        NOT NULL,
  product_id        BIGINT         NOT NULL REFERENCES sal_product (id),
  sku               VARCHAR(40)    NOT NULL,
  name              VARCHAR(120)   NOT NULL,
  name_zh           VARCHAR(120),
  category          VARCHAR(12)    NOT NULL,
  quantity          INTEGER        NOT NULL,
  returned_quantity INTEGER        NOT NULL,
  list_price        DECIMAL(12, 2) NOT NULL,
  unit_price        DECIMAL(12, 2) NOT NULL,
  discount          DECIMAL(12, 2) NOT NULL,
  net_amount        DECIMAL(14, 2) NOT NULL,
  unit_cost         DECIMAL(12, 2) NOT NULL,
  margin            DECIMAL(14, 2) NOT NULL,
  returned_amount   DECIMAL(14, 2) NOT NULL,
  CONSTRAINT sal_order_line_qty_ck CHECK (quantity > 0 AND returned_quantity BETWEEN 0 AND quantity)
);
CREATE INDEX sal_order_line_order_ix ON sal_order_line (order_id, line_no);
CREATE INDEX sal_order_line_product_ix ON sal_order_line (product_id);

CREATE SEQUENCE sal_checklist_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sal_checklist (
  id             BIGINT       NOT NULL PRIMARY KEY,
  order_id       BIGINT       NOT NULL REFERENCES sal_order (id),
  code           VARCHAR(80)  NOT NULL,
  for_product_id BIGINT       NOT NULL,
  kind           VARCHAR(12)  NOT NULL,
  product_id     BIGINT,
  family         VARCHAR(80)  NOT NULL,
  talking_point  VARCHAR(300),
  outcome        VARCHAR(12)  NOT NULL
);
CREATE INDEX sal_checklist_order_ix ON sal_checklist (order_id);

CREATE SEQUENCE sal_return_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sal_return (
  id          BIGINT         NOT NULL PRIMARY KEY,
  order_id    BIGINT         NOT NULL REFERENCES sal_order (id),
  line_id     BIGINT         NOT NULL REFERENCES sal_order_line (id),
  store_id    BIGINT         NOT NULL,
  quantity    INTEGER        NOT NULL,
  amount      DECIMAL(14, 2) NOT NULL,
  cost_amount DECIMAL(14, 2) NOT NULL,
  returned_at TIMESTAMP WITH TIME ZONE NOT NULL,
  returned_by VARCHAR(40)    NOT NULL
);
CREATE INDEX sal_return_order_ix ON sal_return (order_id);
CREATE INDEX sal_return_store_ix ON sal_return (store_id, returned_at);

-- One order per user and idempotency key: a second insert of the same key fails.
CREATE TABLE sal_idempotency (
  user_id    BIGINT       NOT NULL,
  idem_key   VARCHAR(100) NOT NULL,
  order_id   BIGINT       NOT NULL REFERENCES sal_order (id),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_id, idem_key)
);
