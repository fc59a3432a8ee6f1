-- PostgreSQL only: a LIKE 'prefix%' can use a b-tree index only under the C collation or with
-- pattern operators. These serve "search by phone prefix" and name prefixes within a store.
CREATE INDEX cus_customer_phone_prefix_ix ON cus_customer (store_id, phone varchar_pattern_ops);
CREATE INDEX cus_customer_name_prefix_ix ON cus_customer (store_id, name_key varchar_pattern_ops);
