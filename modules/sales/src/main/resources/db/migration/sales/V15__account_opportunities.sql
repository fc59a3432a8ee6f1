-- Sales: opportunities of business accounts (docs/domain.md, "Opportunities"). An opportunity is a
-- customer's or an account's, never both and never neither; the account lives in the accounts
-- module, above this one, so no foreign key names it (as with sal_order.account_id).
ALTER TABLE sal_opportunity ADD COLUMN account_id BIGINT;
ALTER TABLE sal_opportunity ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE sal_opportunity ADD CONSTRAINT sal_opportunity_party_ck
  CHECK ((customer_id IS NULL) <> (account_id IS NULL));
-- An account's opportunities.
CREATE INDEX sal_opportunity_account_ix ON sal_opportunity (account_id);
