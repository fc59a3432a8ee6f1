-- Membership tiers (会员制): each customer's tier by spend and purchases over a rolling window.
-- The tier key (e.g. ORDINARY, SILVER, GOLD, DIAMOND: storecrm.customers.tier.names); every
-- customer holds one, the lowest until the sweep or a sale lifts them. Rows that exist before this
-- version start in the default lowest tier; the first sweep places them.
ALTER TABLE cus_customer ADD COLUMN tier VARCHAR(20) DEFAULT 'ORDINARY' NOT NULL;
-- The tier filter of the customer list (in name order) and the members per tier of a store.
CREATE INDEX cus_customer_tier_ix ON cus_customer (store_id, tier, name_key);

-- The dated spend behind the rolling window: one row per sale of a customer (its revenue net of
-- returns), written by the same sales events that keep the lifetime value on cus_customer. What was
-- bought before this version is known only as lifetime totals: it is carried over as one row per
-- buyer dated at their last purchase (no order), so they keep their tier until that date leaves
-- the window.
CREATE SEQUENCE cus_purchase_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_purchase (
  id          BIGINT         NOT NULL PRIMARY KEY,
  customer_id BIGINT         NOT NULL REFERENCES cus_customer (id),
  store_id    BIGINT         NOT NULL,
  order_id    BIGINT,
  sold_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  revenue     NUMERIC(14, 2) NOT NULL,
  purchases   INTEGER        NOT NULL
);
CREATE UNIQUE INDEX cus_purchase_order_uk ON cus_purchase (customer_id, order_id);
CREATE INDEX cus_purchase_window_ix ON cus_purchase (sold_at, customer_id);
CREATE INDEX cus_purchase_store_ix ON cus_purchase (store_id, sold_at);
INSERT INTO cus_purchase (id, customer_id, store_id, order_id, sold_at, revenue, purchases)
SELECT nextval('cus_purchase_seq'), id, store_id, NULL, last_purchase_at, lifetime_revenue,
       purchase_count
  FROM cus_customer
 WHERE purchase_count > 0 AND last_purchase_at IS NOT NULL;

-- Each change of a customer's tier (from the sweep or a sale): the report counts this month's moves
-- up and down per store from it.
CREATE SEQUENCE cus_tier_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_tier_change (
  id          BIGINT       NOT NULL PRIMARY KEY,
  customer_id BIGINT       NOT NULL REFERENCES cus_customer (id),
  store_id    BIGINT       NOT NULL,
  from_tier   VARCHAR(20)  NOT NULL,
  to_tier     VARCHAR(20)  NOT NULL,
  moved_up    BOOLEAN      NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  run_key     VARCHAR(40)
);
CREATE INDEX cus_tier_change_store_ix ON cus_tier_change (store_id, changed_at);
CREATE INDEX cus_tier_change_customer_ix ON cus_tier_change (customer_id, changed_at);
CREATE INDEX cus_tier_change_run_ix ON cus_tier_change (run_key, customer_id);
