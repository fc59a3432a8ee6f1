#!/usr/bin/env bash
# Checkout throughput on the embedded H2 database (the README's default install), with each commit
# written before it is answered (StoreCRM's data source appends WRITE_DELAY=0) and, for comparison,
# with H2's own default of a background write up to 500 ms later (what StoreCRM did before; a
# kill -9 then loses the orders answered in that window).
# Usage: bench/checkout-h2.sh [seconds] [connections]
#   WARMUP=seconds  warm-up at full concurrency before each measured run (default 60)
#   ROUNDS=n        measure each mode n times, alternating (default 1)
#   MODES="..."     which modes, from "durable delayed" (default both)
set -euo pipefail
trap 'echo "bench/checkout-h2.sh: failed at line $LINENO" >&2' ERR
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
connections=${2:-8}
warmup=${WARMUP:-60}
rounds=${ROUNDS:-1}
modes=${MODES:-durable delayed}
port=${PORT:-18084}
war=${WAR:-$root/modules/app/target/storecrm.war}
for tool in wrk curl; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
[ -f "$war" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
base="http://127.0.0.1:$port"

start() { # the URL suffix of the mode
  rm -rf "$work/data" "$work/tmp"
  mkdir -p "$work/tmp"
  java -Xmx1g -Djava.io.tmpdir="$work/tmp" -Dstorecrm.db.url="jdbc:h2:file:$work/data/storecrm$1" \
    -Dstorecrm.demo.enabled=true -jar "$root/modules/app/target/payara-micro.jar" --deploy "$war" \
    --contextroot / --port "$port" --nocluster >"$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "$base/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# Eight products of the benchmark's own with ample stock, so that no sale is refused.
products() {
  local ids= i id
  for i in $(seq 1 8); do
    id=$(curl -sf -u manager:demo -H 'Content-Type: application/json' "$base/api/v1/products" \
      -d "{\"sku\":\"BENCH-H2-$i-$RANDOM\",\"name\":\"Bench $i\",\"brand\":\"Bench\",\"category\":\"NOTEBOOK\",\"price\":100.00,\"cost\":80.00,\"pricingRole\":\"MAINSTREAM\",\"phase\":\"PLATEAU\"}" |
      grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    curl -sf -u consultant:demo -X PUT -H 'Content-Type: application/json' \
      "$base/api/v1/products/$id/stock" -d '{"onHand":1000000}' >/dev/null
    ids="$ids${ids:+,}$id"
  done
  echo "$ids"
}

export BENCH_AUTH=$(printf 'consultant:demo' | base64)
rows=
for round in $(seq 1 "$rounds"); do
  for mode in $modes; do
    case $mode in
      durable) suffix= label="each commit written before the answer (WRITE_DELAY=0, StoreCRM's default)" ;;
      delayed) suffix=";WRITE_DELAY=500" label="H2's default background write (WRITE_DELAY=500, before the fix)" ;;
      *) echo "unknown mode $mode" >&2; exit 1 ;;
    esac
    start "$suffix"
    export BENCH_PRODUCTS=$(products)
    wrk -t2 -c"$connections" -d"${warmup}s" -s "$root/bench/lua/checkout.lua" "$base" >/dev/null
    before=$(awk '{print $1}' /proc/loadavg)
    report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/lua/checkout.lua" "$base")
    after=$(awk '{print $1}' /proc/loadavg)
    rows="$rows$(printf '| %s | %s | %s | %s | %s | %s | %s / %s |' "$label" \
      "$(awk '/Requests\/sec/{print $2}' <<<"$report")" \
      "$(awk '$1=="50%"{print $2}' <<<"$report")" "$(awk '$1=="90%"{print $2}' <<<"$report")" \
      "$(awk '$1=="99%"{print $2}' <<<"$report")" "$(awk '/Non-2xx/{print $NF}' <<<"$report" | grep . || echo 0)" \
      "$before" "$after")
"
    stop
  done
done

out="$root/bench/results/$(date +%F)-checkout-h2.md"
{
  echo
  echo "# Checkout on the embedded H2 ($(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- modules || echo ' with uncommitted changes'), $(date -u '+%F %H:%M') UTC, $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "Walk-in orders (POST /orders, one unit, fresh Idempotency-Key), $connections connections, ${warmup} s warm-up, ${seconds} s measured, a fresh database with demo data for each run."
  echo
  echo "| H2 commits | orders/s | p50 | p90 | p99 | non-2xx | load average (1 min) before / after |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
} | tee -a "$out" # a day's runs gather in one file
