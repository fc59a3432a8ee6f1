-- "Any part of the name": every suffix of a customer's lower-cased name, so that a contains search
-- becomes an indexed prefix search (part LIKE 'text%'). Chinese names are two to four characters,
-- too short for trigram indexes; suffixes serve one-character searches as well. The index and the
-- back-fill of existing customers are vendor scripts (V10).
CREATE TABLE cus_name_part (
  customer_id BIGINT       NOT NULL REFERENCES cus_customer (id),
  store_id    BIGINT       NOT NULL,
  part        VARCHAR(100) NOT NULL,
  -- The whole name, so that a page of matches is ordered without reading the customers.
  name_key    VARCHAR(100) NOT NULL,
  CONSTRAINT cus_name_part_pk PRIMARY KEY (customer_id, part)
);
