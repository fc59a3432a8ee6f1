-- Business-client accounts (DOMAIN.md section 5). An account belongs to one store; its account
-- manager is a staff member of that store. credit_hold blocks credit sales (never cash or card);
-- hold_invoice_id names the overdue invoice that put it there (for the reason shown).
CREATE SEQUENCE acc_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_account (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  store_id           BIGINT        NOT NULL REFERENCES plt_store (id),
  name               VARCHAR(120)  NOT NULL,
  name_lower         VARCHAR(120)  NOT NULL,
  industry           VARCHAR(60),
  employees          INTEGER,
  status             VARCHAR(10)   NOT NULL,
  source             VARCHAR(24)   NOT NULL,
  account_manager_id BIGINT        REFERENCES plt_user (id),
  payment_term_days  INTEGER       NOT NULL,
  credit_limit       DECIMAL(14, 2),
  credit_hold        BOOLEAN       NOT NULL,
  hold_invoice_id    BIGINT,
  hold_since         DATE,
  handed_over_at     TIMESTAMP WITH TIME ZONE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(40)   NOT NULL,
  version            BIGINT        NOT NULL,
  CONSTRAINT acc_account_terms_ck CHECK (payment_term_days BETWEEN 0 AND 365)
);
-- The list: a store's accounts by name (search by name part), by manager, on hold.
CREATE INDEX acc_account_store_name_ix ON acc_account (store_id, name_lower);
CREATE INDEX acc_account_manager_ix ON acc_account (account_manager_id, name_lower);
CREATE INDEX acc_account_hold_ix ON acc_account (store_id, credit_hold);

CREATE TABLE acc_account_contact (
  account_id BIGINT       NOT NULL REFERENCES acc_account (id),
  position   INTEGER      NOT NULL,
  name       VARCHAR(80)  NOT NULL,
  title      VARCHAR(80),
  phone      VARCHAR(20),
  decides    BOOLEAN      NOT NULL,
  PRIMARY KEY (account_id, position)
);
