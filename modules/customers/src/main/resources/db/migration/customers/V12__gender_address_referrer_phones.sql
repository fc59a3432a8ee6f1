-- The rest of the customer card: gender, street address, who referred them, further phones.
ALTER TABLE cus_customer ADD COLUMN gender VARCHAR(6);
ALTER TABLE cus_customer ADD COLUMN address VARCHAR(200);
ALTER TABLE cus_customer ADD COLUMN referrer_id BIGINT REFERENCES cus_customer (id);
CREATE INDEX cus_customer_referrer_ix ON cus_customer (referrer_id);

-- Phones besides the primary one (which stays the unique key of a store's customers).
CREATE TABLE cus_customer_phone (
  customer_id BIGINT      NOT NULL REFERENCES cus_customer (id),
  phone       VARCHAR(30) NOT NULL,
  phone_type  VARCHAR(10) NOT NULL,
  CONSTRAINT cus_customer_phone_pk PRIMARY KEY (customer_id, phone)
);
