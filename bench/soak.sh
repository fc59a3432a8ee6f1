#!/usr/bin/env bash
# Soak on PostgreSQL (127.0.0.1:5432): USERS closed-loop virtual users for MINUTES minutes against
# one StoreCRM server (consultants: customer search, card reads, logged calls, follow-up lists,
# checkout with an Idempotency-Key and retries of acknowledged keys; managers: the monthly and
# daily reports), printing throughput and p95 per scenario for every minute with the load average,
# the server's heap and the database connections, then reconciling the database against what was
# acknowledged: every answered order present under its key, no key sold twice, stock moved by
# exactly the units sold. Exits non-zero on a lost or doubled order or a stock mismatch.
# Usage: bench/soak.sh [minutes] [users]        (default 30 minutes, 50 users)
#   CUSTOMERS=n   customers generated (default 20000, a tenth in the flagship the users work in)
#   THINK=ms      mean think time between a user's requests (default 1000; 0 = flat out)
#   SEED=n        the users' random seed (default 42)
#   DB=name       the database (default storecrm_bench_soak, dropped afterwards unless KEEP_DB=1)
#   WAR=path      the application (default modules/app/target/storecrm.war)
set -euo pipefail
trap 'echo "bench/soak.sh: failed at line $LINENO" >&2' ERR
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-30}
users=${2:-50}
customers=${CUSTOMERS:-20000}
db=${DB:-storecrm_bench_soak}
port=${PORT:-18084}
. "$root/bench/lib/server.sh"
require_tools java psql curl
fresh_database

start_app

echo "generating $customers customers ..." >&2
"${pg[@]}" -d "$db" -v scale="$customers" -f "$root/bench/sql/generate-customers.sql" >/dev/null
store=$("${pg[@]}" -d "$db" -At -c "SELECT store_id FROM plt_user WHERE username = 'consultant'")
customer_ids=$("${pg[@]}" -d "$db" -At -c "SELECT string_agg(id::text, ',') FROM (SELECT id FROM cus_customer WHERE store_id = $store ORDER BY id LIMIT 5000) c")
product_ids=$("${pg[@]}" -d "$db" -At -c "SELECT string_agg(id::text, ',') FROM sal_product WHERE category IN ('NOTEBOOK', 'PHONE', 'TABLET', 'CAMERA') AND status = 'ON_SALE' AND pricing_role <> 'TRAFFIC'")
# Enough stock that the run sells rather than refuses, and the stock before it to reconcile with.
"${pg[@]}" -d "$db" -c "UPDATE sal_stock SET on_hand = 1000000 WHERE store_id = $store AND product_id IN ($product_ids)" \
  -c "CREATE TABLE soak_stock_before AS SELECT product_id, store_id, on_hand FROM sal_stock WHERE store_id = $store AND product_id IN ($product_ids)"

out="$root/bench/results/$(date +%F)-soak.md"
mkdir -p "$(dirname "$out")"
set +e
{
  echo
  echo "### $(date -u '+%F %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  java -Dbase="http://127.0.0.1:$port" -Ddb="$db" -Dusers="$users" -Dminutes="$minutes" \
    -Dthink="${THINK:-1000}" -Dseed="${SEED:-42}" -Dcustomers="$customer_ids" -Dproducts="$product_ids" \
    "$root/bench/soak/Soak.java"
} | tee -a "$out"
status=${PIPESTATUS[0]}
set -e
cp "$work/server.log" "${TMPDIR:-/tmp}/storecrm-soak-server.log"
echo "server log: $(grep -c 'SEVERE' "$work/server.log" || true) SEVERE lines (kept in ${TMPDIR:-/tmp}/storecrm-soak-server.log)" | tee -a "$out"
exit "$status"
