#!/usr/bin/env bash
# Sales at chain scale on PostgreSQL (127.0.0.1:5432): generates LINES order lines (default
# 10,000,000: a year for 50 stores), then measures checkout throughput over HTTP (wrk POST /orders,
# each request with its own Idempotency-Key; walk-ins, then customers found by phone) and the
# monthly reports a manager reads.
# Usage: bench/sales.sh [lines] [seconds] [connections]
#   ONLY=checkout   measure checkout only (no reports), e.g. ONLY=checkout bench/sales.sh 20000
#   ONLY=reports    measure the reports only (no checkout)
#   CUSTOMERS=n     customers generated for the customer scenario (default 20000, every tenth in
#                   the flagship)
#   REUSE=1         measure on the database a previous run generated and kept (KEEP=1 keeps it)
#   DB=name         the database to generate or reuse (default storecrm_bench_sales)
#   WAR=path        the application to measure (default modules/app/target/storecrm.war), for A/B
#   JAVA_OPTS=...   extra JVM options of the measured server (e.g. SQL logging)
#   WARMUP=seconds  the longest checkout warm-up before the measured runs (default 600); it ends
#                   earlier once the rate is steady (three 20 s rounds without a new best)
set -euo pipefail
trap 'echo "bench/sales.sh: failed at line $LINENO" >&2' ERR
root=$(cd "$(dirname "$0")/.." && pwd)
lines=${1:-10000000}
seconds=${2:-20}
connections=${3:-16}
only=${ONLY:-all}
customers=${CUSTOMERS:-20000}
db=${DB:-storecrm_bench_sales}
port=${PORT:-18083}
war=${WAR:-$root/modules/app/target/storecrm.war}
pg=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
for tool in wrk psql curl; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f "$war" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
reuse=${REUSE:-}
[ -n "$reuse" ] || "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"

java -Xmx1g ${JAVA_OPTS:-} -Djava.io.tmpdir="$work" -Dstorecrm.db.url="jdbc:postgresql://127.0.0.1:5432/$db" \
  -Dstorecrm.db.user=postgres -Dstorecrm.db.password=unused -Dstorecrm.demo.enabled=true \
  -jar "$root/modules/app/target/payara-micro.jar" --deploy "$war" \
  --contextroot / --port "$port" --nocluster >"$work/server.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/server.log" >&2; exit 1; }
  sleep 0.5
done

t0=$(date +%s.%N)
if [ -z "$reuse" ]; then
  echo "generating $customers customers and $lines order lines ..." >&2
  "${pg[@]}" -d "$db" -v scale="$customers" -f "$root/bench/sql/generate-customers.sql" >/dev/null
  "${pg[@]}" -d "$db" -v lines="$lines" -f "$root/bench/sql/generate-sales.sql" >/dev/null
fi
t1=$(date +%s.%N)
rows=$("${pg[@]}" -d "$db" -At -c "SELECT (SELECT count(*) FROM cus_customer) || ' customers, ' || (SELECT count(*) FROM sal_order) || ' orders, ' || (SELECT count(*) FROM sal_order_line) || ' order lines'")

export BENCH_AUTH=$(printf 'consultant:demo' | base64)
export BENCH_CUSTOMERS=$customers
export BENCH_PRODUCTS=$("${pg[@]}" -d "$db" -At -c "SELECT string_agg(id::text, ',') FROM sal_product WHERE category IN ('NOTEBOOK', 'PHONE', 'TABLET', 'CAMERA') AND status = 'ON_SALE' AND pricing_role <> 'TRAFFIC'")
row() { # scenario name, wrk report, requests per sale
  local name=$1 report=$2 non2xx
  non2xx=$(awk '/Non-2xx/{print $NF}' <<<"$report")
  local rps
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$report")
  local orders
  orders=$(awk '/^orders:/{print $2}' <<<"$report")
  printf '| %s | %s | %s | %s | %s | %s | %s |' "$name" "$rps" \
    "$([ -n "$orders" ] && awk -v o="$orders" -v s="$seconds" 'BEGIN{printf "%.2f", o/s}' || echo "$rps")" \
    "$(awk '$1=="50%"{print $2}' <<<"$report")" "$(awk '$1=="90%"{print $2}' <<<"$report")" \
    "$(awk '$1=="99%"{print $2}' <<<"$report")" "${non2xx:-0}"
}
checkout=
if [ "$only" != reports ]; then
  # Warm-up to steady state: rounds of 20 s at full concurrency until three rounds in a row do not
  # beat the best round so far by more than 3 %, at most WARMUP seconds. On 2 cores the JIT goes on
  # compiling the checkout path (Payara's, EclipseLink's, ours) for several minutes: a fixed 30 s
  # warm-up measured a server at half its speed.
  best=0 flat=0 waited=0 curve=
  while [ "$flat" -lt 3 ] && [ "$waited" -lt "${WARMUP:-600}" ]; do
    rate=$(wrk -t2 -c"$connections" -d20s -s "$root/bench/lua/checkout.lua" "http://127.0.0.1:$port" | awk '/Requests\/sec/{printf "%.0f", $2}')
    curve="$curve${curve:+, }$rate"
    waited=$((waited + 20))
    if awk -v r="$rate" -v b="$best" 'BEGIN{exit !(r > b * 1.03)}'; then flat=0; else flat=$((flat + 1)); fi
    best=$(awk -v r="$rate" -v b="$best" 'BEGIN{print (r > b ? r : b)}')
  done
  report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/lua/checkout.lua" "http://127.0.0.1:$port")
  checkout=$(row "checkout, walk-in, POST /orders (HTTP)" "$report")
  report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/lua/checkout-customer.lua" "http://127.0.0.1:$port")
  checkout="$checkout
$(row "checkout, customer found by phone (GET /customers?q= + POST /orders)" "$report")"
fi

month=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
six=$(date -d "$(date +%Y-%m-15) -6 month" +%Y-%m) # the six months up to $month (the KPI screen opens on six)
from="$month-01"
to=$(date -d "$from +1 month -1 day" +%F)
report_row() { # name, user, path: the second of two runs (the first warms caches and JIT)
  local name=$1 user=$2 path=$3 status seconds
  curl -s -o /dev/null -u "$user:demo" "http://127.0.0.1:$port/api/v1/$path"
  read -r status seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "$user:demo" "http://127.0.0.1:$port/api/v1/$path")
  printf '| %s | %s | %s s |\n' "$name" "$status" "$seconds"
}
rollup=
if [ "$only" != checkout ]; then
  # What the hourly job does after a bulk load: every closed month of the last two years computed
  # once and kept (sal_attach_month); the current month is always read from the order lines.
  rollup=$(curl -s -u admin:demo -X POST -w ' in %{time_total} s' "http://127.0.0.1:$port/api/v1/admin/jobs/attach-rollup/run")
fi
current=$(date +%Y-%m)
reports=$([ "$only" = checkout ] || {
  report_row "target vs actual, flagship, $month" manager "sales-reports/target-vs-actual?month=$month"
  report_row "consultant performance, flagship, $month" manager "sales-reports/performance?month=$month"
  report_row "daily sales activity, flagship, $from" manager "sales-reports/daily-activity?day=$from"
  report_row "attach KPIs, flagship, $month" manager "bundles/attach-kpis?from=$month&to=$month"
  report_row "attach KPIs, all 50 stores, $month (head office)" admin "bundles/attach-kpis?from=$month&to=$month"
  report_row "attach KPIs, flagship, $six to $month" manager "bundles/attach-kpis?from=$six&to=$month"
  report_row "attach KPIs, all 50 stores, $six to $month (head office)" admin "bundles/attach-kpis?from=$six&to=$month"
  report_row "attach KPIs, flagship, $current (month to date: closed days rolled up, today from the order lines)" manager "bundles/attach-kpis?from=$current&to=$current"
  report_row "attach KPIs, all 50 stores, $current (month to date, head office)" admin "bundles/attach-kpis?from=$current&to=$current"
})

case $only in checkout | reports) suffix=-$only ;; *) suffix= ;; esac
out="$root/bench/results/$(date +%F)-sales$suffix.md"
{
  echo
  echo "# Sales at scale on PostgreSQL ($(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- modules || echo ' with uncommitted changes'), $(date -u '+%F %H:%M') UTC, $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "Data: $rows$([ -n "$reuse" ] && echo " (kept from an earlier run)" || awk -v a="$t0" -v b="$t1" 'BEGIN{printf ", generated in %.0f s", b-a}')."
  echo
  echo "Load during the run: $(uptime | sed 's/.*load average/load average/') (the machine may be shared)."
  echo
  if [ -n "$checkout" ]; then
    echo "Warm-up, walk-in orders/s per 20 s round until steady: $curve."
    echo
    echo "| scenario | requests/s | orders/s | p50 | p90 | p99 | non-2xx |"
    echo "|---|---|---|---|---|---|---|"
    echo "$checkout"
  fi
  if [ "$only" != checkout ]; then
    echo
    echo "Attach rollup of the closed months: $rollup"
    echo
    echo "| monthly report | status | time |"
    echo "|---|---|---|"
    echo "$reports"
  fi
} | tee -a "$out" # a day's runs gather in one file
[ -n "${KEEP:-}" ] || "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
