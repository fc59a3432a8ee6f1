-- The phone-prefix search of GET /api/v1/customers?q=1300NNN in the flagship, raw: page and count.
\set n random(0, 99)
SELECT id, name, phone, classification, grade FROM cus_customer
 WHERE store_id = 1 AND phone LIKE '1300' || lpad(:n::text, 3, '0') || '%'
 ORDER BY name_key, id LIMIT 20;
SELECT count(*) FROM cus_customer
 WHERE store_id = 1 AND phone LIKE '1300' || lpad(:n::text, 3, '0') || '%';
