-- Bundles: the attach checklist (配置单) of each main category, one row per entry in the manager's
-- order, and the catalogue products of each entry's family.
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE bun_checklist_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bun_checklist_entry (
  id               BIGINT       NOT NULL PRIMARY KEY,
  category         VARCHAR(12)  NOT NULL,
  sort_no          INTEGER      NOT NULL,
  family           VARCHAR(60)  NOT NULL,
  family_zh        VARCHAR(60),
  talking_point    VARCHAR(300) NOT NULL,
  talking_point_zh VARCHAR(300),
  for_brand        VARCHAR(60),
  version          BIGINT       NOT NULL
);
-- The checklist of a category in order (the counter reads it for every basket).
CREATE INDEX bun_checklist_entry_category_ix ON bun_checklist_entry (category, sort_no);

CREATE TABLE bun_checklist_product (
  entry_id   BIGINT  NOT NULL REFERENCES bun_checklist_entry (id) ON DELETE CASCADE,
  member_no  INTEGER NOT NULL,
  product_id BIGINT  NOT NULL REFERENCES sal_product (id),
  PRIMARY KEY (entry_id, member_no)
);
CREATE INDEX bun_checklist_product_product_ix ON bun_checklist_product (product_id);

-- Gift packs (礼包): products sold together at the pack's price, offered after a main sale.
CREATE SEQUENCE bun_gift_pack_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bun_gift_pack (
  id           BIGINT         NOT NULL PRIMARY KEY,
  name         VARCHAR(120)   NOT NULL,
  name_zh      VARCHAR(120),
  price        DECIMAL(12, 2) NOT NULL,
  for_category VARCHAR(12),
  status       VARCHAR(8)     NOT NULL,
  version      BIGINT         NOT NULL,
  CONSTRAINT bun_gift_pack_price_ck CHECK (price >= 0)
);
CREATE TABLE bun_pack_component (
  pack_id    BIGINT  NOT NULL REFERENCES bun_gift_pack (id),
  member_no  INTEGER NOT NULL,
  product_id BIGINT  NOT NULL REFERENCES sal_product (id),
  quantity   INTEGER NOT NULL,
  PRIMARY KEY (pack_id, member_no),
  CONSTRAINT bun_pack_component_qty_ck CHECK (quantity > 0)
);
