CREATE INDEX cus_name_part_ix ON cus_name_part (store_id, part);
INSERT INTO cus_name_part (customer_id, store_id, part, name_key)
SELECT DISTINCT c.id, c.store_id, SUBSTRING(c.name_key, r.X), c.name_key
  FROM cus_customer c JOIN SYSTEM_RANGE(1, 100) r ON r.X <= CHAR_LENGTH(c.name_key)
 WHERE SUBSTRING(c.name_key, r.X, 1) <> ' ';
