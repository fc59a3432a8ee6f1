#!/usr/bin/env bash
# Service requests at chain scale on PostgreSQL (127.0.0.1:5432, user postgres): generates REQUESTS
# open requests (default 100,000) over 50 stores (sql/generate-service-requests.sql), then times the
# SLA sweep (POST /admin/jobs/service-sla/run: the warnings due and a backlog of breaches), the same
# sweep again (nothing new), and the dispatch board's first page (GET /service-requests, the
# queue the board shows) for a store manager and chain-wide for head office. Targets: sweep < 2 s,
# board's first page < 300 ms. The load average is recorded with each figure.
# Usage: bench/services.sh [requests]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
requests=${1:-100000}
db=${DB:-storecrm_bench_services}
port=${PORT:-18084}
. "$root/bench/lib/server.sh"
require_tools psql curl
fresh_database
start_app # migrations, demo stores, users and plans

echo "generating $requests requests ..." >&2
t0=$(date +%s.%N)
"${pg[@]}" -d "$db" -v requests="$requests" -f "$root/bench/sql/generate-service-requests.sql" >/dev/null
t1=$(date +%s.%N)
rows=$("${pg[@]}" -d "$db" -At -c "SELECT (SELECT count(*) FROM svc_request WHERE queue_rank < 9) || ' open requests over ' || (SELECT count(DISTINCT store_id) FROM svc_request) || ' stores'")
flagship=$("${pg[@]}" -d "$db" -At -c "SELECT count(*) FROM svc_request r JOIN plt_user u ON u.store_id = r.store_id WHERE u.username = 'manager' AND r.queue_rank < 9")

# timed <user> <method> <path>: seconds for one call, and the load average when it started.
timed() {
  local user=$1 method=$2 path=$3 load
  load=$(awk '{print $1}' /proc/loadavg)
  curl -s -o "$work/answer.json" -w "%{time_total} s (load $load)" -X "$method" -u "$user:demo" \
    "http://127.0.0.1:$port/api/v1/$path"
}
sweep=$(timed admin POST admin/jobs/service-sla/run)
sweep_answer=$(cat "$work/answer.json")
sweep_again=$(timed admin POST admin/jobs/service-sla/run)
again_answer=$(cat "$work/answer.json")
# The same backlog again in a warm JVM: the rows the first run flagged are set back to unflagged
# (2 = ServiceRequest.WATCH_ALL) and swept again, three times. Their notices were posted by the
# first run (keys unique per request and step), so these runs post none.
warm=()
for i in 1 2 3; do
  "${pg[@]}" -d "$db" -q -c "UPDATE svc_request SET sla_watch = 2, warned_at = NULL, warn_run = NULL,
    breached_at = NULL, breach_flagged_at = NULL, breach_run = NULL
    WHERE warn_run IS NOT NULL OR breach_run IS NOT NULL" >/dev/null
  warm+=("$(timed admin POST admin/jobs/service-sla/run) $(cat "$work/answer.json")")
done
timed manager GET "service-requests?size=20" >/dev/null # warm-up
board=()
for i in 1 2 3 4 5; do board+=("$(timed manager GET "service-requests?size=20")"); done
chain=()
for i in 1 2 3; do chain+=("$(timed admin GET "service-requests?size=20")"); done

out="$root/bench/results/$(date +%F)-services.md"
{
  echo "# Service requests at scale on PostgreSQL ($(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "Data: $rows ($flagship in the flagship store), generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.0f", b-a}') s. Load average: $(cut -d' ' -f1-3 /proc/loadavg) at the end ($(uptime))."
  echo
  echo "| scenario | time |"
  echo "|---|---|"
  echo "| SLA sweep: warnings due and a backlog of 200 breaches (target < 2 s) | $sweep |"
  echo "| SLA sweep again (nothing new) | $sweep_again |"
  for w in "${warm[@]}"; do echo "| the first run's backlog again, warm JVM (notices already posted) | ${w%% \{*} |"; done
  for b in "${board[@]}"; do echo "| dispatch board, first page, store manager (target < 300 ms) | $b |"; done
  for c in "${chain[@]}"; do echo "| request queue, first page, chain-wide (head office) | $c |"; done
  echo
  echo "First run: $sweep_answer"
  echo
  echo "Second run: $again_answer"
  echo
  for w in "${warm[@]}"; do echo "Warm backlog run: {${w#*\{}"; echo; done
} | tee -a "$out" # a day's runs gather in one file
