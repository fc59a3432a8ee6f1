-- Head office lists the chain's register entries by day without a store.
CREATE INDEX cus_contact_kind_day_ix ON cus_contact (kind, occurred_at);
