-- Membership tiers (issue 15): dated purchases for the generated customers (sql/generate-customers.sql),
-- set-based and repeatable. One customer in three bought: 1 to 6 purchases each, spread over the
-- last 18 months (so a third of them lie outside the 12-month window), 500 to 12,499 CNY each;
-- every tier and both directions of move have work.
INSERT INTO cus_purchase (id, customer_id, store_id, order_id, sold_at, revenue, purchases)
SELECT nextval('cus_purchase_seq'), c.id, c.store_id, c.id * 8 + k,
       now() - ((c.id * 31 + k * 97) % 540) * interval '1 day' - (k * 3607 % 86400) * interval '1 second',
       500 + (c.id * 7919 + k * 104729) % 12000, 1
  FROM cus_customer c, generate_series(1, 1 + (c.id % 6)::int) k
 WHERE c.id >= 10000000 AND c.id % 3 = 0;
ANALYZE cus_purchase;
