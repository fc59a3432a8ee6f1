-- The visit and phone-in registers also hold walk-ins and callers who left no details (their
-- share is the registration rate), so a contact need not name a customer.
ALTER TABLE cus_contact ALTER COLUMN customer_id DROP NOT NULL;

-- Manager views: the intent-customer contact status by store, and the funnel by source.
CREATE INDEX cus_customer_intent_ix ON cus_customer (store_id, base_kind, next_follow_up_due);
CREATE INDEX cus_customer_source_ix ON cus_customer (store_id, registered_at, source);
