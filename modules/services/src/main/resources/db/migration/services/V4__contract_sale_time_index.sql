-- The service-card penetration reads the contracts sold in a period (per store, seller and month):
-- a range scan by the sale's time instead of the whole table.
CREATE INDEX svc_contract_sold_ix ON svc_contract (sold_at, store_id);
