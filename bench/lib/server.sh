# Sourced by the PostgreSQL benchmarks (receivables.sh, services.sh, soak.sh): a fresh database and
# one StoreCRM server on it with demo data. The script sets root, db and port first; WAR names the
# application (default the built one), JAVA_OPTS adds server options; the server and the work
# folder go away on exit, the database too unless KEEP_DB=1.
pg=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
war=${WAR:-$root/modules/app/target/storecrm.war}

# require_tools <command>...: stops with a message when a tool or the built application is missing.
require_tools() {
  for tool in "$@"; do command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
  [ -f "$war" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is taken: stop what runs there or set PORT" >&2
    exit 1
  fi
}

work=$(mktemp -d)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
  [ "${KEEP_DB:-0}" = 1 ] || "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

fresh_database() {
  "${pg[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
}

# start_app: the server on $db at $port, returning once /health/ready answers (at most STARTUP_SECONDS,
# default 300); its log is $work/server.log.
start_app() {
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java -Xmx1g ${JAVA_OPTS:-} -Djava.io.tmpdir="$work" -Dstorecrm.db.url="jdbc:postgresql://127.0.0.1:5432/$db" \
    -Dstorecrm.db.user=postgres -Dstorecrm.db.password=unused -Dstorecrm.demo.enabled=true \
    -jar "$root/modules/app/target/payara-micro.jar" --deploy "$war" \
    --contextroot / --port "$port" --nocluster >"$work/server.log" 2>&1 &
  pid=$!
  local deadline=$((SECONDS + ${STARTUP_SECONDS:-300}))
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    # Payara stays up when the application fails to deploy: give up on a failed deployment too.
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)) \
      || grep -q "Exception while loading the app" "$work/server.log"; then
      grep -m 3 "Caused by" "$work/server.log" >&2 || tail -30 "$work/server.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}
