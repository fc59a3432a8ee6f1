-- Walk-in company buyers handed by store staff to an account manager (DOMAIN.md section 5): the
-- manager's queue, each turned into an account or dismissed with a reason.
CREATE SEQUENCE acc_handover_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_handover (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  store_id           BIGINT        NOT NULL REFERENCES plt_store (id),
  customer_id        BIGINT        NOT NULL REFERENCES cus_customer (id),
  -- The buyer as handed over, so the queue reads no other module's rows.
  customer_name      VARCHAR(120)  NOT NULL,
  customer_phone     VARCHAR(40),
  account_manager_id BIGINT        NOT NULL REFERENCES plt_user (id),
  note               VARCHAR(500),
  status             VARCHAR(10)   NOT NULL,
  dismiss_reason     VARCHAR(500),
  account_id         BIGINT        REFERENCES acc_account (id),
  handed_over_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  handed_over_by     VARCHAR(40)   NOT NULL,
  closed_at          TIMESTAMP WITH TIME ZONE,
  closed_by          VARCHAR(40),
  version            BIGINT        NOT NULL
);
-- A manager's queue (open first); a customer's handovers (the card, the one-open rule).
CREATE INDEX acc_handover_queue_ix ON acc_handover (account_manager_id, status, handed_over_at);
CREATE INDEX acc_handover_customer_ix ON acc_handover (customer_id, status);
