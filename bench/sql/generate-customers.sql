-- Customers at chain scale, generated set-based in PostgreSQL (seeded, repeatable).
-- psql -v scale=1000000 -f generate-customers.sql
-- 48 stores besides the two demo stores; 10 % of the customers belong to the flagship (store 1),
-- the rest spread over the other stores. Every customer has one registration contact; every third
-- is an intent customer with an open follow-up, due from three days ago to twelve days ahead.
-- One in 200 is a VIP (the base-or-VIP birthday and the monthly VIP contact steps of the sweep),
-- half of them last contacted over a month ago; one in 500 has a complaint, of which half are
-- past their deadline and not escalated yet (the sweep's escalation step).
SELECT setseed(0.42);

INSERT INTO plt_store (id, code, name, region, city, address, phone, active, version)
SELECT 100000 + g, 'BENCH-' || g, 'Bench store ' || g, 'Region ' || (g % 7), 'City ' || (g % 20),
       NULL, NULL, TRUE, 1
  FROM generate_series(1, 48) g;

INSERT INTO cus_customer (id, store_id, name, name_key, phone, phone_type, type, source, region, city,
                          county, birthday, birth_month_day, consultant_id, classification, base_kind,
                          grade, next_follow_up_due, last_contact_at, marketing_consent, consent_at,
                          notes, registered_at, version)
SELECT 10000000 + g,
       CASE WHEN g % 10 = 0 THEN 1 ELSE 100001 + g % 48 END,
       n, lower(n),
       '13' || lpad(g::text, 9, '0'),
       'MOBILE', 'PERSON',
       (ARRAY['WALK_IN','PHONE_IN','HEAD_OFFICE_LEAD','DEALER_LEAD','EVENT','REFERRAL','SERVICE_INTAKE','COLD_VISIT'])[1 + g % 8],
       CASE WHEN g % 5 = 0 THEN 'COUNTY' ELSE 'CITY' END,
       'City ' || (g % 20), NULL,
       b, EXTRACT(MONTH FROM b) * 100 + EXTRACT(DAY FROM b),
       CASE WHEN g % 10 = 0 THEN (SELECT id FROM plt_user WHERE username = 'consultant') END,
       CASE WHEN g % 200 = 7 THEN 'VIP' WHEN g % 3 = 0 OR g % 5 = 0 THEN 'BASE' ELSE 'POTENTIAL' END,
       CASE WHEN g % 200 = 7 THEN NULL WHEN g % 3 = 0 THEN 'INTENT' WHEN g % 5 = 0 THEN 'OWN_SOLD_OWNER' END,
       CASE WHEN g % 3 = 0 THEN (ARRAY['O','H','A','B'])[1 + g % 4] END,
       CASE WHEN g % 3 = 0 THEN now() + ((g % 15) - 3) * interval '1 day' END,
       now() - (g % 400) * interval '1 day',
       g % 2 = 0, CASE WHEN g % 2 = 0 THEN now() - (g % 400) * interval '1 day' END,
       NULL,
       now() - (g % 700) * interval '1 day',
       1
  FROM (SELECT g,
               (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + g % 20]
               || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平'])[1 + (g / 20) % 20]
               || (ARRAY['','华','红','林','峰','欣','宇','婷','斌','博'])[1 + (g / 400) % 10] AS n,
               DATE '1960-01-01' + (g::bigint * 7919 % 16000)::int AS b
          FROM generate_series(1, :scale) g) s;

INSERT INTO cus_name_part (customer_id, store_id, part, name_key)
SELECT DISTINCT c.id, c.store_id, substr(c.name_key, i), c.name_key
  FROM cus_customer c, generate_series(1, char_length(c.name_key)) i
 WHERE c.id >= 10000000 AND substr(c.name_key, i, 1) <> ' ';

INSERT INTO cus_contact (id, store_id, customer_id, kind, occurred_at, recorded_by, purpose, outcome, note)
SELECT id, store_id, id, 'VISIT', registered_at, 'bench', NULL, 'registered', NULL
  FROM cus_customer WHERE id >= 10000000;

INSERT INTO cus_follow_up (id, store_id, customer_id, consultant_id, reason, due_at, status, version)
SELECT id, store_id, id, consultant_id, 'GRADE_CADENCE', next_follow_up_due, 'OPEN', 1
  FROM cus_customer WHERE id >= 10000000 AND next_follow_up_due IS NOT NULL;

-- Complaints: one in 500 customers, owned by their store's manager (the demo manager for the
-- flagship, else the store's first user or the demo manager); every other one is overdue.
INSERT INTO cus_complaint (id, store_id, customer_id, channel, category, description, owner_id,
                           owner_username, opened_at, opened_by, deadline, status, escalated, version)
SELECT c.id, c.store_id, c.id, 'HOTLINE', 'PRODUCT', 'bench complaint', u.id, u.username,
       now() - interval '3 days', 'bench',
       CASE WHEN (c.id / 500) % 2 = 0 THEN now() - interval '1 day' ELSE now() + interval '1 day' END,
       'OPEN', FALSE, 1
  FROM cus_customer c, plt_user u
 WHERE c.id >= 10000000 AND c.id % 500 = 3 AND u.username = 'manager';

-- EclipseLink takes each sequence value as the top of a block of 50: move past the generated ids.
SELECT setval('plt_store_seq', 50 * ((SELECT max(id) FROM plt_store) / 50 + 1));
SELECT setval('cus_customer_seq', 50 * ((SELECT max(id) FROM cus_customer) / 50 + 1));
SELECT setval('cus_contact_seq', 50 * ((SELECT max(id) FROM cus_contact) / 50 + 1));
SELECT setval('cus_follow_up_seq', 50 * ((SELECT max(id) FROM cus_follow_up) / 50 + 1));
SELECT setval('cus_complaint_seq', 50 * (COALESCE((SELECT max(id) FROM cus_complaint), 0) / 50 + 1));
-- VACUUM as well as ANALYZE, as in generate-sales.sql: a table in service is kept vacuumed by
-- autovacuum, and its visibility map is what lets the search's counts and the name parts' page
-- come from the indexes alone; a freshly bulk-loaded table would only be vacuumed by chance.
VACUUM ANALYZE;
