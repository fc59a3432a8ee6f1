-- A gift pack sold after a main sale (offered on its receipt) names that sale: its order does, and
-- so do its lines, with the main sale's time (copied at the pack's sale, never updated), so that
-- the attach KPIs count the pack's accessories for the main sale, in the main sale's month.
ALTER TABLE sal_order ADD COLUMN main_order_id BIGINT REFERENCES sal_order (id);
ALTER TABLE sal_order_line ADD COLUMN main_order_id BIGINT;
ALTER TABLE sal_order_line ADD COLUMN main_sold_at TIMESTAMP WITH TIME ZONE;
-- The KPIs fold a period's ordinary lines by (sold_at, order_id) and, apart, the pack lines by
-- their main sale's (main_sold_at, main_order_id), each an index-only range scan in index order
-- (see SalesFiguresService.attach). The ordinary index leaves the pack lines out (partial), and
-- the pack lines have their own small covering index. The new columns are added without rewriting
-- the table; rebuilding the ordinary index reads it once (as V5's CREATE INDEX did).
DROP INDEX sal_order_line_sold_ix;
CREATE INDEX sal_order_line_sold_ix ON sal_order_line (sold_at, order_id)
  INCLUDE (store_id, consultant_id, line_no, category, quantity, returned_quantity, net_amount,
           returned_amount, unit_cost)
  WHERE main_order_id IS NULL;
CREATE INDEX sal_order_line_main_ix ON sal_order_line (main_sold_at, main_order_id)
  INCLUDE (store_id, category, quantity, returned_quantity, net_amount, returned_amount, unit_cost)
  WHERE main_order_id IS NOT NULL;
