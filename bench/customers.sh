#!/usr/bin/env bash
# Customers at scale on PostgreSQL (127.0.0.1:5432, user postgres): generates SCALE customers
# (default 1,000,000) with contacts and follow-ups, then measures over HTTP with wrk and as raw SQL
# with pgbench: search by phone prefix, search by name, and the follow-up sweep; then the membership
# tier sweep (results in results/<date>-tiers.md). ONLY=tiers skips the searches and the follow-up
# sweep (the tier sweep alone: generation, app start and three sweeps).
# Usage: bench/customers.sh [scale] [seconds] [connections]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-1000000}
seconds=${2:-20}
connections=${3:-16}
db=storecrm_bench
port=${PORT:-18081}
pg=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
tools="wrk pgbench psql"; [ "${ONLY:-}" = tiers ] && tools=psql # the tier part needs no load driver
for tool in $tools; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f "$root/modules/app/target/storecrm.war" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
"${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"

start_app() {
  java -Xmx1g -Djava.io.tmpdir="$work" -Dstorecrm.db.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    -Dstorecrm.db.user=postgres -Dstorecrm.db.password=unused -Dstorecrm.demo.enabled=true \
    -jar "$root/modules/app/target/payara-micro.jar" --deploy "$root/modules/app/target/storecrm.war" \
    --contextroot / --port "$port" --nocluster >"$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
}
start_app   # migrations and demo stores/users

echo "generating $scale customers ..." >&2
t0=$(date +%s.%N)
"${pg[@]}" -d "$db" -v scale="$scale" -f "$root/bench/sql/generate-customers.sql" >/dev/null
t1=$(date +%s.%N)
rows=$("${pg[@]}" -d "$db" -At -c "SELECT (SELECT count(*) FROM cus_customer) || ' customers (' || (SELECT count(*) FROM cus_customer WHERE classification = 'VIP') || ' VIP), ' || (SELECT count(*) FROM cus_contact) || ' contacts, ' || (SELECT count(*) FROM cus_follow_up) || ' follow-ups, ' || (SELECT count(*) FROM cus_complaint WHERE deadline < now()) || ' overdue complaints'")

export BENCH_AUTH=$(printf 'consultant:demo' | base64)
if [ "${ONLY:-}" != tiers ]; then
# wrk_row <scenario> <lua script> [connections]: one table row (load average when it started).
wrk_row() {
  local name=$1 script=$2 conns=${3:-$connections} report load
  load=$(awk '{print $1}' /proc/loadavg)
  report=$(wrk -t$((conns < 2 ? 1 : 2)) -c"$conns" -d"${seconds}s" --latency -s "$root/bench/lua/$script" "http://127.0.0.1:$port")
  printf '| %s | %s | %s | %s | %s | %s | %s ms | %s |' "$name" "$conns" "$load" "$(awk '/Requests\/sec/{print $2}' <<<"$report")" \
    "$(awk '$1=="50%"{print $2}' <<<"$report")" "$(awk '$1=="90%"{print $2}' <<<"$report")" \
    "$(awk '$1=="p95_ms"{print $2}' <<<"$report")" "$(awk '$1=="99%"{print $2}' <<<"$report")"
}
# Warm the JIT (both searches) and the credential cache before measuring: on a busy shared
# machine the compiler is still at work after a few seconds and its CPU inflates the first rows.
wrk -t1 -c4 -d30s -s "$root/bench/lua/search-phone.lua" "http://127.0.0.1:$port" >/dev/null
wrk -t1 -c4 -d20s -s "$root/bench/lua/search-name.lua" "http://127.0.0.1:$port" >/dev/null
phone_http=$(wrk_row "customer search by phone prefix (HTTP)" search-phone.lua)
name_http=$(wrk_row "customer search by part of the name (HTTP)" search-name.lua)
# One connection: the latency of a single search, without queueing behind the others.
phone_one=$(wrk_row "customer search by phone prefix (HTTP)" search-phone.lua 1)
name_one=$(wrk_row "customer search by part of the name (HTTP)" search-name.lua 1)
raw_load=$(awk '{print $1}' /proc/loadavg)
raw_tps=$(pgbench -h 127.0.0.1 -U postgres -n -M simple -c "$connections" -j 2 -T "$seconds" \
  -f "$root/bench/sql/search-phone.sql" "$db" 2>/dev/null | awk '/^tps/{print $3}')
sweep=$(curl -s -o "$work/sweep.json" -w '%{time_total}' -X POST -u admin:demo \
  "http://127.0.0.1:$port/api/v1/admin/jobs/followups/run")
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/{print $0; exit}' || true)

out="$root/bench/results/$(date +%F)-customers.md"
{
  echo "# Customers at scale on PostgreSQL ($(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "Data: $rows, generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.0f", b-a}') s. $seconds s per scenario."
  echo
  echo "The machine's load average (1 min) when each scenario started is in the table: it is shared, compare runs with that in mind."
  echo
  echo "| scenario | connections | load | requests/s | p50 | p90 | p95 | p99 |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "$phone_http"
  echo "$name_http"
  echo "$phone_one"
  echo "$name_one"
  echo "| same phone search, raw SQL (pgbench: page + count) | $connections | $raw_load | $raw_tps tps | | | | |"
  echo
  echo "Follow-up sweep over all customers: $sweep s — $(cat "$work/sweep.json")"
  [ -n "$heap" ] && echo && echo "Heap after the run: $heap"
} | tee -a "$out" # a day's runs gather in one file
fi

# Membership tiers (issue 15): the daily tier sweep over every customer. The first run places every
# buyer (cold: most customers change tier, the members get their member-care contacts); then the
# purchases are moved one day back, as a day passing moves the window, and the sweep runs again
# twice: the steady state of a daily run (a day's moves down, nothing to open twice).
echo "generating purchases ..." >&2
t0=$(date +%s.%N)
"${pg[@]}" -d "$db" -f "$root/bench/sql/generate-purchases.sql" >/dev/null
t1=$(date +%s.%N)
tier_data=$("${pg[@]}" -d "$db" -At -c "SELECT (SELECT count(*) FROM cus_customer) || ' customers, ' || (SELECT count(*) FROM cus_purchase) || ' purchases of ' || (SELECT count(DISTINCT customer_id) FROM cus_purchase) || ' buyers, ' || (SELECT count(*) FROM cus_purchase WHERE sold_at >= now() - interval '12 months') || ' in the 12-month window'")
tier_run() { # one sweep over HTTP: "| run | load | seconds | answer |"
  local name=$1 load seconds
  load=$(awk '{print $1}' /proc/loadavg)
  seconds=$(curl -s -o "$work/tiers.json" -w '%{time_total}' -X POST -u admin:demo \
    "http://127.0.0.1:$port/api/v1/admin/jobs/tiers/run")
  printf '| %s | %s | %s | `%s` |' "$name" "$load" "$seconds" "$(cat "$work/tiers.json")"
}
tier_cold=$(tier_run "first run: places every buyer")
tiers_after=$("${pg[@]}" -d "$db" -At -c "SELECT string_agg(tier || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT tier, count(*) n FROM cus_customer GROUP BY tier) t")
"${pg[@]}" -d "$db" -c "UPDATE cus_purchase SET sold_at = sold_at - interval '1 day'" -c "VACUUM ANALYZE cus_purchase" -c "VACUUM ANALYZE cus_customer" -c "VACUUM ANALYZE cus_tier_change" >/dev/null
tier_day=$(tier_run "a day later (window moved one day)")
tier_again=$(tier_run "the same day again")
report=$(curl -s -o /dev/null -w '%{time_total}' -u admin:demo "http://127.0.0.1:$port/api/v1/customer-reports/tiers")
report_store=$(curl -s -o /dev/null -w '%{time_total}' -u manager:demo "http://127.0.0.1:$port/api/v1/customer-reports/tiers")
tiers_out="$root/bench/results/$(date +%F)-tiers.md"
{
  echo "# Membership tier sweep on PostgreSQL ($(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "Data: $tier_data; purchases generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.0f", b-a}') s. Tiers after the first run: $tiers_after."
  echo
  echo "| sweep (POST /admin/jobs/tiers/run) | load | seconds | answer |"
  echo "|---|---|---|---|"
  echo "$tier_cold"
  echo "$tier_day"
  echo "$tier_again"
  echo
  echo "Tier report (GET /customer-reports/tiers): chain-wide $report s, the flagship store (manager) $report_store s."
} | tee -a "$tiers_out"
# KEEP_DB=1 keeps the data for EXPLAIN ANALYZE afterwards.
[ "${KEEP_DB:-0}" = 1 ] || "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
