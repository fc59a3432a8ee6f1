-- The weekly scan of store sales for business buyers (docs/domain.md, "Business accounts"): each
-- find becomes a handover in an account manager's queue, listed once ever (the key on the customer
-- holds against a second run and a second instance), with the figures that say why.
ALTER TABLE acc_handover ADD COLUMN source VARCHAR(10) DEFAULT 'STAFF' NOT NULL;
CREATE TABLE acc_smb_find (
  customer_id       BIGINT       NOT NULL PRIMARY KEY REFERENCES cus_customer (id),
  handover_id       BIGINT       NOT NULL REFERENCES acc_handover (id),
  week              VARCHAR(8)   NOT NULL,
  company           BOOLEAN      NOT NULL,
  orders            INTEGER      NOT NULL,
  multi_unit_orders INTEGER      NOT NULL,
  business_units    INTEGER      NOT NULL,
  found_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The queue shows each scanned handover's reason: looked up by the page's handover ids.
CREATE INDEX acc_smb_find_handover_ix ON acc_smb_find (handover_id);
