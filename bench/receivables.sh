#!/usr/bin/env bash
# Receivables at chain scale on PostgreSQL (127.0.0.1:5432, user postgres): generates INVOICES open
# invoices (default 200,000) over 50 stores and 5,000 accounts with yesterday's sweep done, then
# times one receivables sweep (today's reminders, newly overdue invoices with holds and
# escalations, handovers, and the outbox delivered) and the chain-wide aging report over HTTP, and
# the aging SQL raw with pgbench. The load average is recorded with each figure.
# Usage: bench/receivables.sh [invoices] [seconds]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
invoices=${1:-200000}
seconds=${2:-20}
db=storecrm_bench_receivables
port=${PORT:-18083}
. "$root/bench/lib/server.sh"
require_tools pgbench psql curl
fresh_database
start_app # migrations, demo stores, users and accounts

echo "generating $invoices invoices ..." >&2
t0=$(date +%s.%N)
"${pg[@]}" -d "$db" -v invoices="$invoices" -f "$root/bench/sql/generate-receivables.sql" >/dev/null
t1=$(date +%s.%N)
rows=$("${pg[@]}" -d "$db" -At -c "SELECT (SELECT count(*) FROM acc_invoice WHERE status = 'OPEN') || ' open invoices, ' || (SELECT count(*) FROM acc_account) || ' accounts (' || (SELECT count(*) FROM acc_account WHERE credit_hold) || ' on hold), ' || (SELECT count(DISTINCT store_id) FROM acc_account) || ' stores with accounts'")

# time_post/time_get <path>: seconds for one call, and the load average when it started.
timed() {
  local method=$1 path=$2 load
  load=$(awk '{print $1}' /proc/loadavg)
  curl -s -o "$work/answer.json" -w "%{time_total} s (load $load)" -X "$method" -u admin:demo \
    "http://127.0.0.1:$port/api/v1/$path"
}
sweep=$(timed POST admin/jobs/receivables/run)
sweep_answer=$(cat "$work/answer.json")
sweep_again=$(timed POST admin/jobs/receivables/run)
again_answer=$(cat "$work/answer.json")
timed GET receivables/aging >/dev/null # warm-up
aging=()
for i in 1 2 3 4 5; do aging+=("$(timed GET receivables/aging)"); done
raw_load=$(awk '{print $1}' /proc/loadavg)
raw_tps=$(pgbench -h 127.0.0.1 -U postgres -n -M simple -c 2 -j 2 -T "$seconds" \
  -f "$root/bench/sql/aging.sql" "$db" 2>/dev/null | awk '/^tps/{print $3}')
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/{print $0; exit}' || true)

out="$root/bench/results/$(date +%F)-receivables.md"
{
  echo "# Receivables at scale on PostgreSQL ($(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB)"
  echo
  echo "Data: $rows, generated in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.0f", b-a}') s; yesterday's sweep taken as done."
  echo
  echo "| scenario | time |"
  echo "|---|---|"
  echo "| receivables sweep, a day's work | $sweep |"
  echo "| receivables sweep again the same day (nothing to do) | $sweep_again |"
  for a in "${aging[@]}"; do echo "| chain-wide aging report (HTTP, by store, manager and account) | $a |"; done
  echo "| chain-wide aging by store, raw SQL (pgbench, 2 clients) | $raw_tps tps (load $raw_load) |"
  echo
  echo "First run: $sweep_answer"
  echo
  echo "Second run: $again_answer"
  [ -n "$heap" ] && echo && echo "Heap after the run: $heap"
} | tee -a "$out" # a day's runs gather in one file
