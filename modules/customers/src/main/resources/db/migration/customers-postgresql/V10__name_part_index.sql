-- A LIKE 'prefix%' uses a b-tree only with pattern operators under a non-C collation.
CREATE INDEX cus_name_part_ix ON cus_name_part (store_id, part varchar_pattern_ops);
INSERT INTO cus_name_part (customer_id, store_id, part, name_key)
SELECT DISTINCT c.id, c.store_id, substr(c.name_key, i), c.name_key
  FROM cus_customer c, generate_series(1, char_length(c.name_key)) i
 WHERE substr(c.name_key, i, 1) <> ' ';
