-- Customer value: what each customer bought here, kept up to date by the sales events, so the
-- recency / frequency / monetary tiers and the Pareto view are read from one table.
ALTER TABLE cus_customer ADD COLUMN lifetime_revenue NUMERIC(14, 2) DEFAULT 0 NOT NULL;
ALTER TABLE cus_customer ADD COLUMN lifetime_margin NUMERIC(14, 2) DEFAULT 0 NOT NULL;
ALTER TABLE cus_customer ADD COLUMN purchase_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE cus_customer ADD COLUMN last_purchase_at TIMESTAMP WITH TIME ZONE;
-- The value list of a store: its buyers by margin.
CREATE INDEX cus_customer_value_ix ON cus_customer (store_id, lifetime_margin);
