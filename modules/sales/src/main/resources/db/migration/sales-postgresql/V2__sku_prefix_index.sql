-- PostgreSQL only: LIKE 'prefix%' on the SKU uses a b-tree only with pattern operators.
CREATE INDEX sal_product_sku_prefix_ix ON sal_product (sku varchar_pattern_ops);
