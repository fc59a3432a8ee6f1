-- The team screen's lead list: open first-contact tasks of a store, and its unassigned customers.
CREATE INDEX cus_follow_up_reason_ix ON cus_follow_up (store_id, reason, status);
CREATE INDEX cus_customer_unassigned_ix ON cus_customer (store_id, consultant_id, next_follow_up_due);
