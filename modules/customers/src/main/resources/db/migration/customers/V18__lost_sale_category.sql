-- The lost-sale analysis groups by the sales category of what was lost (where known), and reads
-- the chain's period without a store (head office).
ALTER TABLE cus_lost_sale ADD COLUMN category VARCHAR(30);
CREATE INDEX cus_lost_sale_recorded_ix ON cus_lost_sale (recorded_at);
