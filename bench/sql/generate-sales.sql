-- A year of sales for a 50-store chain, generated set-based in PostgreSQL (seeded, repeatable).
-- psql -v lines=10000000 -f generate-sales.sql
-- Every order has a main product and an accessory (two lines); 10 % of the orders belong to the
-- flagship (store 1), sold by its demo consultant, the rest to 48 bench stores. Every 15th sale is
-- followed a minute later by a gift pack (an order of one accessory line) linked to it, which the
-- attach KPIs count for the main sale.
SELECT setseed(0.42);

INSERT INTO plt_store (id, code, name, region, city, address, phone, active, version)
SELECT 100000 + g, 'BENCH-' || g, 'Bench store ' || g, 'Region ' || (g % 7), 'City ' || (g % 20),
       NULL, NULL, TRUE, 1
  FROM generate_series(1, 48) g
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_basket AS
SELECT g,
       mains[1 + g % array_length(mains, 1)] AS main_id,
       accessories[1 + (g / 7) % array_length(accessories, 1)] AS accessory_id,
       CASE WHEN g % 10 = 0 THEN 1 ELSE 100001 + g % 48 END AS store_id,
       CASE WHEN g % 10 = 0 THEN flagship ELSE plaza END AS consultant_id,
       now() - (g % 365) * interval '1 day' - (g % 600) * interval '1 minute' AS sold_at
  FROM generate_series(1, :lines / 2) g,
       (SELECT array_agg(id ORDER BY id) AS mains FROM sal_product
         WHERE category IN ('DESKTOP', 'NOTEBOOK', 'PHONE', 'TABLET', 'CAMERA', 'CAMCORDER')) m,
       (SELECT array_agg(id ORDER BY id) AS accessories FROM sal_product
         WHERE category = 'ACCESSORY') a,
       (SELECT id AS flagship FROM plt_user WHERE username = 'consultant') f,
       (SELECT id AS plaza FROM plt_user WHERE username = 'plaza.consultant') p;

INSERT INTO sal_order (id, store_id, consultant_id, customer_id, sold_at, payment, account_id, deposit,
                       total, returned_amount, status, approved_by, created_by, version)
SELECT 100000000 + b.g, b.store_id, b.consultant_id, NULL, b.sold_at, 'CASH', NULL, 0,
       m.price + a.price, 0, 'COMPLETED', NULL, 'bench', 1
  FROM bench_basket b JOIN sal_product m ON m.id = b.main_id JOIN sal_product a ON a.id = b.accessory_id;

INSERT INTO sal_order_line (id, order_id, line_no, product_id, sku, name, name_zh, category, quantity,
                            returned_quantity, list_price, unit_price, discount, net_amount, unit_cost,
                            margin, returned_amount, sold_at, store_id, consultant_id)
SELECT 200000000 + b.g * 2 + n.line_no - 1, 100000000 + b.g, n.line_no, p.id, p.sku, p.name, p.name_zh,
       p.category, 1, 0, p.price, p.price, 0, p.price, p.cost, p.price - p.cost, 0,
       b.sold_at, b.store_id, b.consultant_id
  FROM bench_basket b
  CROSS JOIN (VALUES (1), (2)) n(line_no)
  JOIN sal_product p ON p.id = CASE n.line_no WHEN 1 THEN b.main_id ELSE b.accessory_id END;

INSERT INTO sal_order (id, store_id, consultant_id, customer_id, sold_at, payment, account_id, deposit,
                       total, returned_amount, status, approved_by, created_by, version, main_order_id)
SELECT 300000000 + b.g, b.store_id, b.consultant_id, NULL, b.sold_at + interval '1 minute', 'CASH', NULL,
       0, a.price, 0, 'COMPLETED', NULL, 'bench', 1, 100000000 + b.g
  FROM bench_basket b JOIN sal_product a ON a.id = b.accessory_id
 WHERE b.g % 15 = 0;

INSERT INTO sal_order_line (id, order_id, line_no, product_id, sku, name, name_zh, category, quantity,
                            returned_quantity, list_price, unit_price, discount, net_amount, unit_cost,
                            margin, returned_amount, sold_at, store_id, consultant_id, pack_id, pack_name,
                            main_order_id, main_sold_at)
SELECT 400000000 + b.g, 300000000 + b.g, 1, p.id, p.sku, p.name, p.name_zh, p.category, 1, 0, p.price,
       p.price, 0, p.price, p.cost, p.price - p.cost, 0, b.sold_at + interval '1 minute', b.store_id,
       b.consultant_id, 1, 'Bench pack', 100000000 + b.g, b.sold_at
  FROM bench_basket b JOIN sal_product p ON p.id = b.accessory_id
 WHERE b.g % 15 = 0;

-- The flagship never runs out during the checkout benchmark.
UPDATE sal_stock SET on_hand = 1000000000 WHERE store_id = 1;

-- EclipseLink takes each sequence value as the top of a block of 50: move past the generated ids.
SELECT setval('sal_order_seq', 50 * ((SELECT max(id) FROM sal_order) / 50 + 1));
SELECT setval('sal_order_line_seq', 50 * ((SELECT max(id) FROM sal_order_line) / 50 + 1));
-- VACUUM as well as ANALYZE: a table in service is kept vacuumed by autovacuum (its visibility map
-- is what lets the attach KPIs' covering index answer without reading the table); a freshly
-- bulk-loaded one would only be vacuumed by chance during the run.
VACUUM ANALYZE;
