-- Open service requests at chain scale, generated set-based in PostgreSQL (seeded, repeatable).
-- psql -v requests=100000 -f generate-service-requests.sql
-- 48 stores besides the two demo stores (50 in all) and :requests open requests spread evenly over
-- them, registered over the last day, with deadlines spread over the next two days: what a minute's
-- sweep meets is the requests whose deadline comes within the warning time (about one in a
-- hundred) and a backlog of 200 past their deadline, never flagged. One in twenty is a business
-- client's (an account id; the names are not looked up by the sweep). Clients are ids only (no
-- foreign key): the board shows no name for them, which spares it no query.
SELECT setseed(0.42);

INSERT INTO plt_store (id, code, name, region, city, address, phone, active, version)
SELECT 100000 + g, 'SBENCH-' || g, 'Bench store ' || g, 'Region ' || (g % 7), 'City ' || (g % 20),
       NULL, NULL, TRUE, 1
  FROM generate_series(1, 48) g
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE bench_store AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM plt_store;

INSERT INTO svc_request (id, store_id, customer_id, account_id, device_serial, kind, region, problem,
                         agreed_at, registered_at, registered_by, sla_deadline, covered,
                         contract_id, priority, queue_rank, status, sla_watch, version)
SELECT 50000000 + g, s.id,
       CASE WHEN g % 20 = 0 THEN NULL ELSE 90000000 + g END,
       CASE WHEN g % 20 = 0 THEN 91000000 + g ELSE NULL END,
       'BENCH-SN-' || g,
       (ARRAY['INSTALLATION', 'ON_SITE', 'CARRY_IN'])[1 + g % 3],
       CASE WHEN g % 4 = 0 THEN 'COUNTY' ELSE 'CITY' END,
       '开不了机 / does not start', NULL,
       now() - random() * interval '1 day', 'bench',
       CASE WHEN g <= 200 THEN now() - random() * interval '1 hour'
            ELSE now() + interval '1 minute' + random() * interval '2 days' END,
       FALSE, NULL,
       CASE WHEN g % 20 = 0 THEN 'BUSINESS' ELSE 'STANDARD' END,
       CASE WHEN g % 20 = 0 THEN 1 ELSE 2 END,
       'REGISTERED', 2, 0
  FROM generate_series(1, :requests) g
  JOIN bench_store s ON s.n = g % (SELECT count(*) FROM bench_store);

ANALYZE svc_request;
