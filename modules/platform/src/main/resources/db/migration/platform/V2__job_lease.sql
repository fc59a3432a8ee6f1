-- Leases for scheduled sweeps: one row per job and period. Payara Micro does not coordinate
-- timers across instances, so the instance that inserts the row runs that period's sweep.
CREATE TABLE plt_job_lease (
  job         VARCHAR(40)  NOT NULL,
  period      VARCHAR(40)  NOT NULL,
  holder      VARCHAR(100) NOT NULL,
  acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT plt_job_lease_pk PRIMARY KEY (job, period)
);
