-- A gift pack sold after a main sale (offered on its receipt) names that sale: its order does, and
-- so do its lines, with the main sale's time (copied at the pack's sale, never updated), so that
-- the attach KPIs count the pack's accessories for the main sale, in the main sale's month.
-- (PostgreSQL: sales-postgresql/V10, with partial covering indexes.)
ALTER TABLE sal_order ADD COLUMN main_order_id BIGINT REFERENCES sal_order (id);
ALTER TABLE sal_order_line ADD COLUMN main_order_id BIGINT;
ALTER TABLE sal_order_line ADD COLUMN main_sold_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX sal_order_line_main_ix ON sal_order_line (main_sold_at, main_order_id);
