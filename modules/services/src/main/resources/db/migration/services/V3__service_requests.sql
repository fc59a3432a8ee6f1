-- Services: service requests and their SLA (DOMAIN.md section 4, "Service requests").
-- Sequences start at their increment: EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE svc_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE svc_request (
  id                BIGINT        NOT NULL PRIMARY KEY,
  store_id          BIGINT        NOT NULL REFERENCES plt_store (id),
  -- Exactly one of the two: a customer card (customers module) or a business account (accounts).
  customer_id       BIGINT,
  account_id        BIGINT,
  device_serial     VARCHAR(60)   NOT NULL,
  kind              VARCHAR(20)   NOT NULL,
  region            VARCHAR(10)   NOT NULL,
  problem           VARCHAR(2000) NOT NULL,
  agreed_at         TIMESTAMP WITH TIME ZONE,
  registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  registered_by     VARCHAR(40)   NOT NULL,
  sla_deadline      TIMESTAMP WITH TIME ZONE NOT NULL,
  covered           BOOLEAN       NOT NULL,
  contract_id       BIGINT,
  priority          VARCHAR(20)   NOT NULL,
  -- The dispatch queue's order: the priority's rank (0 key account, 1 business, 2 standard) while
  -- the request is open, 9 once done, so that the open queue is one ordered index range.
  queue_rank        INTEGER       NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  technician_id     BIGINT        REFERENCES plt_user (id),
  -- The technician's name as the dispatching manager saw it, for lists read by any role.
  technician_name   VARCHAR(100),
  dispatched_at     TIMESTAMP WITH TIME ZONE,
  dispatched_by     VARCHAR(40),
  on_site_at        TIMESTAMP WITH TIME ZONE,
  done_at           TIMESTAMP WITH TIME ZONE,
  notes             VARCHAR(4000),
  parts             VARCHAR(1000),
  signature         VARCHAR(60000),
  feedback_score    INTEGER,
  feedback_at       TIMESTAMP WITH TIME ZONE,
  recovery_task_id  BIGINT,
  -- What the SLA sweep still watches: 2 for the warning and the breach, 1 for the breach only
  -- (warned), 0 nothing (on site in time, or breached). Each step is a guarded UPDATE that moves it
  -- down and stamps the sweep's run id, so a step is claimed by exactly one run.
  sla_watch         INTEGER       NOT NULL,
  warned_at         TIMESTAMP WITH TIME ZONE,
  warn_run          VARCHAR(36),
  breached_at       TIMESTAMP WITH TIME ZONE,
  breach_flagged_at TIMESTAMP WITH TIME ZONE,
  breach_run        VARCHAR(36),
  version           BIGINT        NOT NULL,
  CONSTRAINT svc_request_client_ck CHECK ((customer_id IS NULL) <> (account_id IS NULL)),
  CONSTRAINT svc_request_feedback_ck CHECK (feedback_score IS NULL OR feedback_score BETWEEN 1 AND 5)
);
-- The dispatch board and GET /service-requests: a store's open queue in dispatch order, one
-- status, one technician's jobs.
CREATE INDEX svc_request_queue_ix ON svc_request (store_id, queue_rank, sla_deadline, id);
CREATE INDEX svc_request_status_ix ON svc_request (store_id, status, queue_rank, sla_deadline, id);
CREATE INDEX svc_request_technician_ix ON svc_request (technician_id, queue_rank, sla_deadline, id);
-- The SLA sweep: the watched requests by deadline, and the rows a run claimed.
CREATE INDEX svc_request_sla_ix ON svc_request (sla_watch, sla_deadline);
CREATE INDEX svc_request_warn_run_ix ON svc_request (warn_run);
CREATE INDEX svc_request_breach_run_ix ON svc_request (breach_run);

-- When a sweep last ran, chain-wide (whichever instance held the minute's lease), and what it did:
-- the administrator's job screen warns when it has not run for a while.
CREATE TABLE svc_job_run (
  job          VARCHAR(40) NOT NULL PRIMARY KEY,
  last_run_at  TIMESTAMP WITH TIME ZONE,
  warned       INTEGER     NOT NULL,
  breached     INTEGER     NOT NULL
);
INSERT INTO svc_job_run (job, last_run_at, warned, breached) VALUES ('service-sla', NULL, 0, 0);
