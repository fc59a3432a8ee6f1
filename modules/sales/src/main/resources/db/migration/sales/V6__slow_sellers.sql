-- Slow sellers across the whole chain: the units each product sold since a day, over every store's
-- orders (a store's own use sal_order_store_sold_ix). The export reads the catalogue in SKU order
-- from sal_product_sku_uk, the import finds its products by SKU there too.
CREATE INDEX sal_order_sold_ix ON sal_order (sold_at);
