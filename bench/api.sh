#!/usr/bin/env bash
# REST throughput and latency with wrk against a running StoreCRM with demo data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-http://127.0.0.1:8080}
seconds=${2:-20}
connections=${3:-16}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
auth="Authorization: Basic $(printf 'admin:demo' | base64)"
out="$root/bench/results/$(date +%F)-api.md"
row() {
  local name=$1 path=$2 report
  report=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$auth" "$base$path")
  local rps p50 p90 p99
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$report")
  p50=$(awk '$1=="50%"{print $2}' <<<"$report")
  p90=$(awk '$1=="90%"{print $2}' <<<"$report")
  p99=$(awk '$1=="99%"{print $2}' <<<"$report")
  echo "| $name | $rps | $p50 | $p90 | $p99 |"
}
{
  echo "# REST API ($(git -C "$root" rev-parse --short HEAD), $(nproc) cores, ${connections} connections, ${seconds} s each)"
  echo
  echo "| scenario | requests/s | p50 | p90 | p99 |"
  echo "|---|---|---|---|---|"
  row "GET /api/v1/me (Basic auth)" "/api/v1/me"
  row "GET /api/v1/users?size=20 (paged list)" "/api/v1/users?size=20&sort=fullName"
} | tee -a "$out" # a day's runs gather in one file
