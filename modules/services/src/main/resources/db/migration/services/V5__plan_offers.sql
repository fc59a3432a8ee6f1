-- An open service-plan offer: a device (serial) sold without a plan whose plan the customer did not
-- decline at the counter. It stays open on the receipt and the installation job until the plan is
-- sold for the device (ACCEPTED), the customer declines (DECLINED) or the device comes back
-- (RETURNED).
CREATE SEQUENCE svc_plan_offer_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE svc_plan_offer (
  id                BIGINT         NOT NULL PRIMARY KEY,
  store_id          BIGINT         NOT NULL REFERENCES plt_store (id),
  order_id          BIGINT         NOT NULL,
  order_line_id     BIGINT         NOT NULL,
  serial            VARCHAR(60)    NOT NULL,
  customer_id       BIGINT,
  device_product_id BIGINT         NOT NULL,
  -- the device's category: a plan sold for it later must be eligible for it
  device_category   VARCHAR(20)    NOT NULL,
  -- what the device sold for (per unit, CNY): the repair a plan saves is a share of it
  device_price      DECIMAL(12, 2) NOT NULL,
  -- the plans that fitted the device when it was sold, comma-separated plan codes
  plan_codes        VARCHAR(400)   NOT NULL,
  sold_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  status            VARCHAR(10)    NOT NULL,
  closed_at         TIMESTAMP WITH TIME ZONE,
  closed_by         VARCHAR(60),
  version           BIGINT         NOT NULL,
  CONSTRAINT svc_plan_offer_line_serial_uk UNIQUE (order_line_id, serial),
  CONSTRAINT svc_plan_offer_status_ck CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'RETURNED'))
);
-- A customer's offers (the REST list, the job page), the receipt's (by order), a device's (a later
-- plan sale or the device's return closes them).
CREATE INDEX svc_plan_offer_customer_ix ON svc_plan_offer (customer_id, status);
CREATE INDEX svc_plan_offer_order_ix ON svc_plan_offer (order_id);
CREATE INDEX svc_plan_offer_serial_ix ON svc_plan_offer (serial, status);
