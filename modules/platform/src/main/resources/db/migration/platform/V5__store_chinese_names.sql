-- Platform: a store's Chinese name and address, for screens and receipts in Chinese (the Latin
-- ones stay for English); optional, the Latin form stands in when there is none.
ALTER TABLE plt_store ADD COLUMN name_zh VARCHAR(100);
ALTER TABLE plt_store ADD COLUMN address_zh VARCHAR(200);
