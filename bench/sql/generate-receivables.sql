-- Receivables at chain scale, generated set-based in PostgreSQL (seeded, repeatable).
-- psql -v invoices=200000 -f generate-receivables.sql
-- 48 stores besides the two demo stores (50 in all), 100 business accounts per store (one contact
-- each, the decider's phone), and :invoices open invoices over them, issued from 150 days ago to
-- today on 30-day terms (due from 120 days ago to 30 days ahead), of 500 to 50,000 CNY.
-- Yesterday's sweep is taken as done (its step rows, holds and handovers are written), so the
-- measured run does one day's work: today's reminders, newly overdue invoices and handovers.
SELECT setseed(0.42);

INSERT INTO plt_store (id, code, name, region, city, address, phone, active, version)
SELECT 100000 + g, 'RBENCH-' || g, 'Bench store ' || g, 'Region ' || (g % 7), 'City ' || (g % 20),
       NULL, NULL, TRUE, 1
  FROM generate_series(1, 48) g
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_store AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM plt_store;

INSERT INTO acc_account (id, store_id, name, name_lower, industry, employees, status, source,
                         account_manager_id, payment_term_days, credit_limit, credit_hold,
                         hold_invoice_id, hold_since, handed_over_at, created_at, created_by, version)
SELECT 10000000 + g, s.id, '企业客户 ' || g, '企业客户 ' || g, 'Industry ' || (g % 12), 10 + g % 500,
       CASE WHEN g % 10 = 0 THEN 'KEY' ELSE 'ACTIVE' END, 'REFERRAL', NULL, 30, NULL, FALSE,
       NULL, NULL, NULL, now() - interval '200 days', 'bench', 1
  FROM generate_series(1, 5000) g
  JOIN bench_store s ON s.n = g % (SELECT count(*) FROM bench_store);

INSERT INTO acc_account_contact (account_id, position, name, title, phone, decides)
SELECT id, 0, '联系人', '采购', '139' || lpad((id - 10000000)::text, 8, '0'), TRUE
  FROM acc_account WHERE id >= 10000000;

INSERT INTO acc_invoice (id, account_id, store_id, order_id, amount, open_amount, credited,
                         issued_on, due_on, status, disputed, dispute_reason, closed_on, version)
SELECT 20000000 + g, a.id, a.store_id, NULL, amt, amt, 0,
       current_date - (g % 151), current_date - (g % 151) + 30, 'OPEN', FALSE, NULL, NULL, 1
  FROM (SELECT g, round((500 + random() * 49500)::numeric, 2) AS amt
          FROM generate_series(1, :invoices) g) i
  JOIN acc_account a ON a.id = 10000001 + (i.g % 5000);

-- Yesterday's sweep: reminders up to yesterday's window, overdue and escalation for invoices due
-- before yesterday, handovers for those due more than 30 days before it.
INSERT INTO acc_invoice_step (invoice_id, step, done_on, done_at)
SELECT id, 'REMINDER', current_date - 1, now() - interval '1 day'
  FROM acc_invoice WHERE id >= 20000000 AND due_on <= current_date + 2;
INSERT INTO acc_invoice_step (invoice_id, step, done_on, done_at)
SELECT id, s, current_date - 1, now() - interval '1 day'
  FROM acc_invoice, (VALUES ('OVERDUE'), ('ESCALATION')) AS st(s)
 WHERE id >= 20000000 AND due_on < current_date - 1;
INSERT INTO acc_invoice_step (invoice_id, step, done_on, done_at)
SELECT id, 'HANDOVER', current_date - 1, now() - interval '1 day'
  FROM acc_invoice WHERE id >= 20000000 AND due_on < current_date - 31;
UPDATE acc_account a SET credit_hold = TRUE, hold_since = o.first_due + 1, hold_invoice_id = o.first_id
  FROM (SELECT account_id, min(due_on) AS first_due, min(id) AS first_id FROM acc_invoice
         WHERE id >= 20000000 AND due_on < current_date - 1 GROUP BY account_id) o
 WHERE a.id = o.account_id;
UPDATE acc_account a SET handed_over_at = now() - interval '1 day'
 WHERE EXISTS (SELECT 1 FROM acc_invoice i WHERE i.account_id = a.id AND i.due_on < current_date - 31);

SELECT setval('plt_store_seq', 50 * ((SELECT max(id) FROM plt_store) / 50 + 1));
SELECT setval('acc_account_seq', 50 * ((SELECT max(id) FROM acc_account) / 50 + 1));
SELECT setval('acc_invoice_seq', 50 * ((SELECT max(id) FROM acc_invoice) / 50 + 1));
ANALYZE;
