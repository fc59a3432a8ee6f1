-- The attach KPIs read a period's order lines and checklist answers without touching sal_order:
-- each line and answer carries its order's sale time, store and consultant (fixed at the sale,
-- never updated), backfilled here set-based. The covering indexes let PostgreSQL answer a month
-- (one store or the whole chain) with an index-only range scan instead of folding every line.
-- (A manager's one store is a filter within the month's range: a tenth of it for the flagship.)
ALTER TABLE sal_order_line ADD COLUMN sold_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sal_order_line ADD COLUMN store_id BIGINT;
ALTER TABLE sal_order_line ADD COLUMN consultant_id BIGINT;
UPDATE sal_order_line l
   SET sold_at = o.sold_at, store_id = o.store_id, consultant_id = o.consultant_id
  FROM sal_order o
 WHERE o.id = l.order_id;
ALTER TABLE sal_order_line ALTER COLUMN sold_at SET NOT NULL;
ALTER TABLE sal_order_line ALTER COLUMN store_id SET NOT NULL;
ALTER TABLE sal_order_line ALTER COLUMN consultant_id SET NOT NULL;
-- Keyed (sold_at, order_id): an order's lines are adjacent, so they fold without a sort.
CREATE INDEX sal_order_line_sold_ix ON sal_order_line (sold_at, order_id)
  INCLUDE (store_id, consultant_id, line_no, category, quantity, returned_quantity, net_amount,
           returned_amount, unit_cost);

ALTER TABLE sal_checklist ADD COLUMN sold_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sal_checklist ADD COLUMN store_id BIGINT;
UPDATE sal_checklist c
   SET sold_at = o.sold_at, store_id = o.store_id
  FROM sal_order o
 WHERE o.id = c.order_id;
ALTER TABLE sal_checklist ALTER COLUMN sold_at SET NOT NULL;
ALTER TABLE sal_checklist ALTER COLUMN store_id SET NOT NULL;
CREATE INDEX sal_checklist_sold_ix ON sal_checklist (sold_at, order_id) INCLUDE (store_id, kind, outcome);
