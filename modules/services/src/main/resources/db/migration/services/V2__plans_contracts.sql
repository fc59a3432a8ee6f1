-- Services: the plan catalogue (Pioneer Care cards, extended warranties, screen cover) and the
-- contracts a sold plan becomes, one per device.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE svc_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE svc_plan (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  code                VARCHAR(30)  NOT NULL,
  name                VARCHAR(120) NOT NULL,
  name_zh             VARCHAR(120),
  coverage            VARCHAR(10)  NOT NULL,
  on_site             BOOLEAN      NOT NULL,
  -- null: lifetime
  term_months         INTEGER,
  device_limit        INTEGER      NOT NULL,
  -- the main-product categories it is sold with, comma-separated (PHONE,TABLET)
  eligible_categories VARCHAR(120) NOT NULL,
  -- the catalogue product (category SERVICE) checkout sells; its price and cost are the plan's
  product_id          BIGINT       NOT NULL REFERENCES sal_product (id),
  status              VARCHAR(8)   NOT NULL,
  version             BIGINT       NOT NULL,
  CONSTRAINT svc_plan_code_uk UNIQUE (code),
  -- checkout finds a line's plan by its product
  CONSTRAINT svc_plan_product_uk UNIQUE (product_id),
  CONSTRAINT svc_plan_term_ck CHECK (term_months IS NULL OR term_months > 0),
  CONSTRAINT svc_plan_limit_ck CHECK (device_limit > 0)
);
