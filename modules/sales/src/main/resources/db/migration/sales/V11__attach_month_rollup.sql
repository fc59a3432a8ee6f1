-- The attach figures of closed months, kept per store, seller and main category, so that a KPI
-- report over many months reads a few thousand rows instead of millions of order lines. The rows
-- of a month are only used while its state says nothing changed since they were computed: a
-- return or a back-dated sale in the month bumps `changes`, and the month is read from the order
-- lines again until the rollup job recomputes it.
CREATE TABLE sal_attach_month (
  month_start                TIMESTAMP WITH TIME ZONE NOT NULL,
  store_id                   BIGINT         NOT NULL,
  consultant_id              BIGINT         NOT NULL,
  category                   VARCHAR(20),
  main_sales                 BIGINT         NOT NULL,
  attached_sales             BIGINT         NOT NULL,
  accessory_sales            BIGINT         NOT NULL,
  accessory_units            BIGINT         NOT NULL,
  accessory_margin           DECIMAL(16, 2) NOT NULL,
  margin                     DECIMAL(16, 2) NOT NULL,
  accessories_without_profit BIGINT         NOT NULL,
  offered                    BIGINT         NOT NULL,
  accepted                   BIGINT         NOT NULL,
  declined                   BIGINT         NOT NULL,
  not_offered                BIGINT         NOT NULL
);
CREATE INDEX sal_attach_month_ix ON sal_attach_month (month_start, store_id);

CREATE TABLE sal_attach_month_state (
  month_start      TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY,
  month_end        TIMESTAMP WITH TIME ZONE NOT NULL,
  changes          BIGINT                   NOT NULL,
  computed_changes BIGINT                   NOT NULL,
  computed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
