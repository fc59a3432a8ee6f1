-- Sales: the opportunity list's filters. A consultant's own list (newest first), and a store's list
-- by stage, by category and by expected close month. The store's list by opening date and a
-- customer's opportunities use the indexes of V3.
CREATE INDEX sal_opportunity_consultant_ix ON sal_opportunity (consultant_id, opened_at);
CREATE INDEX sal_opportunity_stage_ix ON sal_opportunity (store_id, stage, opened_at);
CREATE INDEX sal_opportunity_category_ix ON sal_opportunity (store_id, category, opened_at);
CREATE INDEX sal_opportunity_close_ix ON sal_opportunity (store_id, expected_close);
