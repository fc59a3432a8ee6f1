-- The attach KPIs read a period's order lines and checklist answers without touching sal_order:
-- each line and answer carries its order's sale time, store and consultant (fixed at the sale,
-- never updated), backfilled here set-based, and is found by (sold_at, order_id).
-- (PostgreSQL: sales-postgresql/V5, with covering indexes.)
ALTER TABLE sal_order_line ADD COLUMN sold_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sal_order_line ADD COLUMN store_id BIGINT;
ALTER TABLE sal_order_line ADD COLUMN consultant_id BIGINT;
UPDATE sal_order_line l
   SET (sold_at, store_id, consultant_id) =
       (SELECT o.sold_at, o.store_id, o.consultant_id FROM sal_order o WHERE o.id = l.order_id);
ALTER TABLE sal_order_line ALTER COLUMN sold_at SET NOT NULL;
ALTER TABLE sal_order_line ALTER COLUMN store_id SET NOT NULL;
ALTER TABLE sal_order_line ALTER COLUMN consultant_id SET NOT NULL;
CREATE INDEX sal_order_line_sold_ix ON sal_order_line (sold_at, order_id);

ALTER TABLE sal_checklist ADD COLUMN sold_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sal_checklist ADD COLUMN store_id BIGINT;
UPDATE sal_checklist c
   SET (sold_at, store_id) = (SELECT o.sold_at, o.store_id FROM sal_order o WHERE o.id = c.order_id);
ALTER TABLE sal_checklist ALTER COLUMN sold_at SET NOT NULL;
ALTER TABLE sal_checklist ALTER COLUMN store_id SET NOT NULL;
CREATE INDEX sal_checklist_sold_ix ON sal_checklist (sold_at, order_id);
