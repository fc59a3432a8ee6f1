#!/usr/bin/env bash
# Start-to-ready seconds of StoreCRM on Payara Micro with a fresh embedded database, N runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
port=${PORT:-18080}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=()
for i in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  start=$(date +%s.%N)
  java -Djava.io.tmpdir="$work" -Dstorecrm.db.url="jdbc:h2:file:$work/data/storecrm" \
    -jar "$root/modules/app/target/payara-micro.jar" --deploy "$root/modules/app/target/storecrm.war" \
    --contextroot / --port "$port" --nocluster >"$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see log" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  results+=("$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
out="$root/bench/results/$(date +%F)-startup.md"
{
  echo "# Start to ready, embedded H2 ($(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "| run | seconds |"
  echo "|---|---|"
  for i in "${!results[@]}"; do printf '| %d | %.1f |\n' $((i + 1)) "${results[$i]}"; done
} | tee -a "$out" # a day's runs gather in one file
