-- Products are found by any words of their names, brand and SKU (issue 17): the search key holds
-- the lower-cased English name, Chinese name, brand and SKU separated by single spaces, as
-- Product.searchKey builds it. 120 + 120 + 60 + 40 characters and three spaces need 343.
ALTER TABLE sal_product ALTER COLUMN search_key SET DATA TYPE VARCHAR(400);
UPDATE sal_product
   SET search_key = LOWER(name || ' ' || COALESCE(name_zh, '') || ' ' || COALESCE(brand, '')
                          || ' ' || sku);
