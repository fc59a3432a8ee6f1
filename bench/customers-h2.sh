#!/usr/bin/env bash
# Customers at scale on the embedded H2 database (the default install): generates SCALE customers
# (default 1,000,000) with contacts and follow-ups while StoreCRM is stopped, then starts it on
# that file and measures the phone-prefix search over HTTP with wrk and one follow-up sweep.
# Usage: bench/customers-h2.sh [scale] [seconds] [connections]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scale=${1:-1000000}
seconds=${2:-20}
connections=${3:-16}
port=${PORT:-18082}
h2_jar=$(ls "$HOME"/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)
for tool in wrk curl; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f "$root/modules/app/target/storecrm.war" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
url="jdbc:h2:file:$work/data/storecrm"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start_app() {
  java -Xmx1g -Djava.io.tmpdir="$work" -Dstorecrm.db.url="$url" -Dstorecrm.demo.enabled=true \
    -jar "$root/modules/app/target/payara-micro.jar" --deploy "$root/modules/app/target/storecrm.war" \
    --contextroot / --port "$port" --nocluster >"$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
}
stop_app() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

start_app # migrations, demo stores and users
stop_app  # an H2 file has one owner at a time

echo "generating $scale customers ..." >&2
next_id=$((50 * ((10000000 + scale) / 50 + 1)))
sql="$root/bench/sql/generate-customers-h2.sql"
{
  sed -n '1,/^-- chunk begin/p' "$sql"
  chunk=100000
  for ((from = 1; from <= scale; from += chunk)); do
    to=$((from + chunk - 1 < scale ? from + chunk - 1 : scale))
    sed -n '/^-- chunk begin/,/^-- chunk end/p' "$sql" | sed -e "s/\${FROM}/$from/g" -e "s/\${TO}/$to/g"
  done
  sed -n '/^-- chunk end/,$p' "$sql" | sed -e "s/\${NEXT_ID}/$next_id/"
} >"$work/generate.sql"
t0=$(date +%s.%N)
java -cp "$h2_jar" org.h2.tools.RunScript -url "$url" -user storecrm -password storecrm -script "$work/generate.sql"
t1=$(date +%s.%N)

start_app
export BENCH_AUTH=$(printf 'consultant:demo' | base64)
wrk -t1 -c4 -d5s -s "$root/bench/lua/search-phone.lua" "http://127.0.0.1:$port" >/dev/null
report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/lua/search-phone.lua" "http://127.0.0.1:$port")
phone_http=$(printf '| customer search by phone prefix (HTTP) | %s | %s | %s | %s |' \
  "$(awk '/Requests\/sec/{print $2}' <<<"$report")" "$(awk '$1=="50%"{print $2}' <<<"$report")" \
  "$(awk '$1=="90%"{print $2}' <<<"$report")" "$(awk '$1=="99%"{print $2}' <<<"$report")")
sweep=$(curl -s -o "$work/sweep.json" -w '%{time_total}' -X POST -u admin:demo \
  "http://127.0.0.1:$port/api/v1/admin/jobs/followups/run")

out="$root/bench/results/$(date +%F)-customers-h2.md"
{
  echo "# Customers at scale on embedded H2 ($(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "Data: $scale generated customers (plus demo data) with one contact each and a follow-up for every third, generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.0f", b-a}') s. $connections connections, $seconds s."
  echo
  echo "| scenario | requests/s | p50 | p90 | p99 |"
  echo "|---|---|---|---|---|"
  echo "$phone_http"
  echo
  echo "Follow-up sweep over all customers: $sweep s — $(cat "$work/sweep.json")"
} | tee -a "$out" # a day's runs gather in one file
