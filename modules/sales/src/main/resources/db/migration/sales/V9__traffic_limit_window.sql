-- The traffic-product limit counts the units a store sold since a manager last set the limit:
-- limit_sold is reset to 0 in every store when the product's limit is set or changed (sold_units
-- keeps the whole history).
ALTER TABLE sal_stock ADD COLUMN limit_sold INTEGER DEFAULT 0 NOT NULL;
UPDATE sal_stock SET limit_sold = sold_units;
