-- The follow-up sweep: birthdays found by an indexed month-day, and a dedupe key that makes a
-- second run of the same sweep create nothing twice.
ALTER TABLE cus_customer ADD COLUMN birth_month_day INTEGER;
UPDATE cus_customer
   SET birth_month_day = EXTRACT(MONTH FROM birthday) * 100 + EXTRACT(DAY FROM birthday)
 WHERE birthday IS NOT NULL;
CREATE INDEX cus_customer_birthday_ix ON cus_customer (birth_month_day, classification);
CREATE INDEX cus_customer_vip_ix ON cus_customer (classification, last_contact_at);

ALTER TABLE cus_follow_up ADD COLUMN dedupe_key VARCHAR(40);
CREATE UNIQUE INDEX cus_follow_up_dedupe_uk ON cus_follow_up (customer_id, dedupe_key);
