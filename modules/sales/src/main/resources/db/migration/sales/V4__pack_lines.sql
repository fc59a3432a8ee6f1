-- Gift packs (bundles module) are sold as one line per component; each names its pack.
ALTER TABLE sal_order_line ADD COLUMN pack_id BIGINT;
ALTER TABLE sal_order_line ADD COLUMN pack_name VARCHAR(120);
