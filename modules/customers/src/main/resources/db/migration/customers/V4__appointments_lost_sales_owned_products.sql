-- Appointments (邀约), lost-sale records (战败) with their maintained reasons, and products owned.

CREATE SEQUENCE cus_appointment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_appointment (
  id            BIGINT        NOT NULL PRIMARY KEY,
  store_id      BIGINT        NOT NULL,
  customer_id   BIGINT        NOT NULL REFERENCES cus_customer (id),
  consultant_id BIGINT,
  starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  purpose       VARCHAR(200)  NOT NULL,
  status        VARCHAR(10)   NOT NULL,
  booked_by     VARCHAR(40)   NOT NULL,
  booked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  settled_at    TIMESTAMP WITH TIME ZONE,
  version       BIGINT        NOT NULL
);
-- The store's day plan and the card's list.
CREATE INDEX cus_appointment_store_ix ON cus_appointment (store_id, starts_at);
CREATE INDEX cus_appointment_customer_ix ON cus_appointment (customer_id, starts_at);

-- Starts past the seeded rows: EclipseLink takes each value as the top of a block of 50.
CREATE SEQUENCE cus_lost_reason_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE cus_lost_reason (
  id        BIGINT       NOT NULL PRIMARY KEY,
  code      VARCHAR(30)  NOT NULL,
  name_en   VARCHAR(80)  NOT NULL,
  name_zh   VARCHAR(80)  NOT NULL,
  active    BOOLEAN      NOT NULL,
  version   BIGINT       NOT NULL,
  CONSTRAINT cus_lost_reason_code_uk UNIQUE (code)
);
-- The reasons DOMAIN.md's lost-sale analysis names; managers maintain the list from here on.
INSERT INTO cus_lost_reason (id, code, name_en, name_zh, active, version) VALUES
  (1, 'PRICE', 'Price', '价格', TRUE, 0),
  (2, 'PRODUCT', 'Product', '产品', TRUE, 0),
  (3, 'COMPETITOR', 'Competitor''s offer', '竞品优惠', TRUE, 0),
  (4, 'FINANCING', 'Financing', '分期付款', TRUE, 0),
  (5, 'SERVICE', 'Service', '服务', TRUE, 0),
  (6, 'TIMING', 'Timing', '时机', TRUE, 0),
  (7, 'OTHER', 'Other', '其他', TRUE, 0);

CREATE SEQUENCE cus_lost_sale_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_lost_sale (
  id           BIGINT        NOT NULL PRIMARY KEY,
  store_id     BIGINT        NOT NULL,
  customer_id  BIGINT        NOT NULL REFERENCES cus_customer (id),
  reason_id    BIGINT        NOT NULL REFERENCES cus_lost_reason (id),
  competitor   VARCHAR(100),
  note         VARCHAR(1000),
  grade_before VARCHAR(1),
  recorded_by  VARCHAR(40)   NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  won_back_at  TIMESTAMP WITH TIME ZONE
);
-- The lost-sale analysis counts by store, month and reason.
CREATE INDEX cus_lost_sale_store_ix ON cus_lost_sale (store_id, recorded_at, reason_id);
CREATE INDEX cus_lost_sale_customer_ix ON cus_lost_sale (customer_id, recorded_at);

CREATE SEQUENCE cus_owned_product_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cus_owned_product (
  id          BIGINT        NOT NULL PRIMARY KEY,
  customer_id BIGINT        NOT NULL REFERENCES cus_customer (id),
  order_id    BIGINT,
  product_id  BIGINT,
  sku         VARCHAR(40),
  name        VARCHAR(120)  NOT NULL,
  category    VARCHAR(20),
  quantity    INTEGER       NOT NULL,
  acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
  bought_here BOOLEAN       NOT NULL,
  -- A sale is recorded on the card once, however often its event is delivered.
  CONSTRAINT cus_owned_product_sale_uk UNIQUE (customer_id, order_id, product_id)
);
CREATE INDEX cus_owned_product_customer_ix ON cus_owned_product (customer_id, acquired_at);
