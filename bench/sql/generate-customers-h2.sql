-- The H2 twin of generate-customers.sql (same stores, customers, contacts and follow-ups),
-- set-based over SYSTEM_RANGE in chunks (one transaction per statement: H2 keeps a whole
-- transaction's undo log, so one statement of a million rows bloats the file to tens of GB);
-- bench/customers-h2.sh repeats the block between the chunk marks for each ${FROM}..${TO}.
INSERT INTO plt_store (id, code, name, region, city, address, phone, active, version)
SELECT 100000 + X, 'BENCH-' || X, 'Bench store ' || X, 'Region ' || MOD(X, 7), 'City ' || MOD(X, 20),
       NULL, NULL, TRUE, 1
  FROM SYSTEM_RANGE(1, 48);

-- chunk begin
INSERT INTO cus_customer (id, store_id, name, name_key, phone, phone_type, type, source, region, city,
                          county, birthday, birth_month_day, consultant_id, classification, base_kind,
                          grade, next_follow_up_due, last_contact_at, marketing_consent, consent_at,
                          notes, registered_at, version)
SELECT 10000000 + g,
       CASE WHEN MOD(g, 10) = 0 THEN 1 ELSE 100001 + MOD(g, 48) END,
       n, LOWER(n),
       '13' || LPAD(CAST(g AS VARCHAR), 9, '0'),
       'MOBILE', 'PERSON',
       ARRAY['WALK_IN','PHONE_IN','HEAD_OFFICE_LEAD','DEALER_LEAD','EVENT','REFERRAL','SERVICE_INTAKE','COLD_VISIT'][1 + MOD(g, 8)],
       CASE WHEN MOD(g, 5) = 0 THEN 'COUNTY' ELSE 'CITY' END,
       'City ' || MOD(g, 20), NULL,
       b, EXTRACT(MONTH FROM b) * 100 + EXTRACT(DAY FROM b),
       CASE WHEN MOD(g, 10) = 0 THEN (SELECT id FROM plt_user WHERE username = 'consultant') END,
       CASE WHEN MOD(g, 3) = 0 OR MOD(g, 5) = 0 THEN 'BASE' ELSE 'POTENTIAL' END,
       CASE WHEN MOD(g, 3) = 0 THEN 'INTENT' WHEN MOD(g, 5) = 0 THEN 'OWN_SOLD_OWNER' END,
       CASE WHEN MOD(g, 3) = 0 THEN ARRAY['O','H','A','B'][1 + MOD(g, 4)] END,
       CASE WHEN MOD(g, 3) = 0 THEN DATEADD(DAY, MOD(g, 15) - 3, CURRENT_TIMESTAMP) END,
       DATEADD(DAY, -MOD(g, 400), CURRENT_TIMESTAMP),
       MOD(g, 2) = 0, CASE WHEN MOD(g, 2) = 0 THEN DATEADD(DAY, -MOD(g, 400), CURRENT_TIMESTAMP) END,
       NULL,
       DATEADD(DAY, -MOD(g, 700), CURRENT_TIMESTAMP),
       1
  FROM (SELECT X AS g,
               ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'][1 + MOD(X, 20)]
               || ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平'][1 + MOD(X / 20, 20)]
               || ARRAY['','华','红','林','峰','欣','宇','婷','斌','博'][1 + MOD(X / 400, 10)] AS n,
               DATEADD(DAY, MOD(X * 7919, 16000), DATE '1960-01-01') AS b
          FROM SYSTEM_RANGE(${FROM}, ${TO})) s;

INSERT INTO cus_name_part (customer_id, store_id, part, name_key)
SELECT DISTINCT c.id, c.store_id, SUBSTRING(c.name_key, r.X), c.name_key
  FROM cus_customer c JOIN SYSTEM_RANGE(1, 100) r ON r.X <= CHAR_LENGTH(c.name_key)
 WHERE c.id BETWEEN 10000000 + ${FROM} AND 10000000 + ${TO} AND SUBSTRING(c.name_key, r.X, 1) <> ' ';

INSERT INTO cus_contact (id, store_id, customer_id, kind, occurred_at, recorded_by, purpose, outcome, note)
SELECT id, store_id, id, 'VISIT', registered_at, 'bench', NULL, 'registered', NULL
  FROM cus_customer WHERE id BETWEEN 10000000 + ${FROM} AND 10000000 + ${TO};

INSERT INTO cus_follow_up (id, store_id, customer_id, consultant_id, reason, due_at, status, version)
SELECT id, store_id, id, consultant_id, 'GRADE_CADENCE', next_follow_up_due, 'OPEN', 1
  FROM cus_customer WHERE id BETWEEN 10000000 + ${FROM} AND 10000000 + ${TO} AND next_follow_up_due IS NOT NULL;
-- chunk end

-- EclipseLink takes each sequence value as the top of a block of 50: move past the generated ids.
ALTER SEQUENCE plt_store_seq RESTART WITH 100100;
ALTER SEQUENCE cus_customer_seq RESTART WITH ${NEXT_ID};
ALTER SEQUENCE cus_contact_seq RESTART WITH ${NEXT_ID};
ALTER SEQUENCE cus_follow_up_seq RESTART WITH ${NEXT_ID};
ANALYZE;
