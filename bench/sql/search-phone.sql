-- The phone-prefix search of GET /api/v1/customers?q=1300NNN in the flagship, raw, as the service
-- issues it: the page (the list's columns, in phone order) and the count (from the phone index).
\set n random(0, 99)
SELECT id, name, phone, classification, grade, consultant_id, next_follow_up_due, last_contact_at
  FROM cus_customer
 WHERE store_id = 1 AND phone LIKE '1300' || lpad(:n::text, 3, '0') || '%'
   AND phone >= '1300' || lpad(:n::text, 3, '0') AND phone <= '1300' || lpad(:n::text, 3, '0') || repeat('9', 23)
 ORDER BY phone, id LIMIT 20;
SELECT count(phone) FROM cus_customer
 WHERE store_id = 1 AND phone LIKE '1300' || lpad(:n::text, 3, '0') || '%'
   AND phone >= '1300' || lpad(:n::text, 3, '0') AND phone <= '1300' || lpad(:n::text, 3, '0') || repeat('9', 23);
