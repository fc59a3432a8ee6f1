-- Receivables (应收): one invoice per account-credit sale, due by the account's terms from the
-- day of the sale (history imports bring past days). open_amount is what is still owed; status
-- OPEN until it reaches zero (PAID, or CREDITED when returns took it there). A disputed invoice
-- (with a reason) is skipped by the sweep and by the hold.
CREATE SEQUENCE acc_invoice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_invoice (
  id             BIGINT         NOT NULL PRIMARY KEY,
  account_id     BIGINT         NOT NULL REFERENCES acc_account (id),
  store_id       BIGINT         NOT NULL REFERENCES plt_store (id),
  order_id       BIGINT,
  amount         DECIMAL(14, 2) NOT NULL,
  open_amount    DECIMAL(14, 2) NOT NULL,
  credited       DECIMAL(14, 2) NOT NULL,
  issued_on      DATE           NOT NULL,
  due_on         DATE           NOT NULL,
  status         VARCHAR(10)    NOT NULL,
  disputed       BOOLEAN        NOT NULL,
  dispute_reason VARCHAR(500),
  closed_on      DATE,
  version        BIGINT         NOT NULL,
  CONSTRAINT acc_invoice_open_ck CHECK (open_amount >= 0 AND open_amount <= amount)
);
-- One invoice per sale (the sale's transaction raises it; a replay cannot raise two).
CREATE UNIQUE INDEX acc_invoice_order_ux ON acc_invoice (order_id);
-- An account's statement and exposure; the sweep's and the aging report's candidates.
CREATE INDEX acc_invoice_account_ix ON acc_invoice (account_id, status, due_on);
CREATE INDEX acc_invoice_due_ix ON acc_invoice (status, due_on);
CREATE INDEX acc_invoice_store_ix ON acc_invoice (store_id, status, due_on);

-- A payment received from an account, and how it was spread over invoices (one named invoice,
-- or the oldest open ones first).
CREATE SEQUENCE acc_payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_payment (
  id          BIGINT         NOT NULL PRIMARY KEY,
  account_id  BIGINT         NOT NULL REFERENCES acc_account (id),
  store_id    BIGINT         NOT NULL REFERENCES plt_store (id),
  amount      DECIMAL(14, 2) NOT NULL,
  paid_on     DATE           NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by VARCHAR(40)    NOT NULL
);
CREATE INDEX acc_payment_account_ix ON acc_payment (account_id, paid_on);
CREATE TABLE acc_payment_allocation (
  payment_id BIGINT         NOT NULL REFERENCES acc_payment (id),
  invoice_id BIGINT         NOT NULL REFERENCES acc_invoice (id),
  amount     DECIMAL(14, 2) NOT NULL,
  PRIMARY KEY (payment_id, invoice_id)
);
CREATE INDEX acc_payment_allocation_invoice_ix ON acc_payment_allocation (invoice_id);

-- Each step of the receivables sweep happens once per invoice and step: REMINDER, OVERDUE
-- (which holds the account and escalates to the store manager) and HANDOVER. The primary key holds
-- two racing runs (two instances) to one.
CREATE TABLE acc_invoice_step (
  invoice_id BIGINT      NOT NULL REFERENCES acc_invoice (id),
  step       VARCHAR(12) NOT NULL,
  done_on    DATE        NOT NULL,
  done_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (invoice_id, step)
);

-- Notifications written in the same transaction as their cause; a sender delivers them (staff
-- notices, the client's gateway), retried, each once: dedupe_key is unique, and a row is claimed
-- by a guarded update before it is sent.
CREATE SEQUENCE acc_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_outbox (
  id              BIGINT        NOT NULL PRIMARY KEY,
  dedupe_key      VARCHAR(120)  NOT NULL,
  channel         VARCHAR(12)   NOT NULL,
  store_id        BIGINT        NOT NULL,
  invoice_id      BIGINT,
  user_id         BIGINT,
  role            VARCHAR(20),
  recipient       VARCHAR(120),
  message_key     VARCHAR(100)  NOT NULL,
  args            VARCHAR(1000) NOT NULL,
  link            VARCHAR(200),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts        INTEGER       NOT NULL,
  claimed_until   TIMESTAMP WITH TIME ZONE,
  sent_at         TIMESTAMP WITH TIME ZONE,
  failed_at       TIMESTAMP WITH TIME ZONE,
  last_error      VARCHAR(500)
);
CREATE UNIQUE INDEX acc_outbox_key_ux ON acc_outbox (dedupe_key);
CREATE INDEX acc_outbox_pending_ix ON acc_outbox (sent_at, next_attempt_at);
