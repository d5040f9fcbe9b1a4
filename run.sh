#!/usr/bin/env bash
# Runs Xinhuo locally: a real PostgreSQL (embedded, data kept in $XINHUO_DATA_DIR between runs),
# the backend on http://localhost:8080 with the demo data, and the SPA on http://localhost:5173.
# Ctrl-C or SIGTERM stops everything it started. Works in the background too:
#   nohup ./run.sh > run.log 2>&1 &
#
# Settings (environment):
#   XINHUO_DATA_DIR   where the database and logs live          (default .local)
#   XINHUO_API_PORT   backend port                              (default 8080)
#   XINHUO_WEB_PORT   SPA port                                  (default 5173)
#   XINHUO_DB_PORT    embedded PostgreSQL port, 0 = any free    (default 0)
#   XINHUO_SKIP_BUILD 1 = use what is built, never build        (default: build when sources changed)
#   XINHUO_API_ONLY   1 = database and backend only, no SPA      (benchmarks; default 0)
#   QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD): use that server, start nothing embedded
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

data_dir=${XINHUO_DATA_DIR:-.local}
api_port=${XINHUO_API_PORT:-8080}
web_port=${XINHUO_WEB_PORT:-5173}
db_port=${XINHUO_DB_PORT:-0}
mkdir -p "$data_dir/logs"
data_dir=$(cd "$data_dir" && pwd)
logs=$data_dir/logs

jar=backend/target/quarkus-app/quarkus-run.jar
spa=frontend/dist/index.html
api_only=${XINHUO_API_ONLY:-0}
pids=()

say() { printf '[xinhuo] %s\n' "$*"; }

stop_all() {
  trap - EXIT INT TERM
  if [ ${#pids[@]} -gt 0 ]; then
    say "stopping…"
    # Reverse order: SPA, backend, then the database (whose JVM stops PostgreSQL on TERM).
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
      kill -TERM "${pids[i]}" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "${pids[i]}" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "${pids[i]}" 2>/dev/null || true
    done
    wait 2>/dev/null || true
  fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

needs_build() {
  [ -f "$jar" ] && { [ "$api_only" = 1 ] || [ -f "$spa" ]; } && [ -f backend/target/local-db.classpath ] || return 0
  [ -n "$(find backend/src backend/pom.xml seeds/demo -newer "$jar" -type f -print -quit)" ] && return 0
  [ "$api_only" = 1 ] && return 1
  [ -n "$(find frontend/src frontend/public frontend/index.html frontend/package.json -newer "$spa" -type f -print -quit)" ] && return 0
  return 1
}

if [ "${XINHUO_SKIP_BUILD:-0}" != 1 ] && needs_build; then
  say "building (first run or sources changed)…"
  ./mvnw -q -DskipTests -DskipE2e package
fi
needed=("$jar" backend/target/local-db.classpath)
[ "$api_only" = 1 ] || needed+=("$spa")
for f in "${needed[@]}"; do
  [ -f "$f" ] || { say "missing $f: run without XINHUO_SKIP_BUILD=1"; exit 1; }
done

wait_for() { # url seconds pid what
  for _ in $(seq 1 $(( $2 * 5 ))); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || { say "$4 exited; see $logs"; return 1; }
    sleep 0.2
  done
  say "$4 did not come up in $2 s; see $logs"
  return 1
}

# 1. The database: an external one when configured, else the embedded server.
if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  say "using the database at $QUARKUS_DATASOURCE_JDBC_URL"
else
  : > "$logs/database.log"
  java -cp "$(cat backend/target/local-db.classpath):backend/target/test-classes" \
    cn.xinhuo.support.LocalDatabase "$data_dir/pgdata" "$db_port" </dev/null >"$logs/database.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do
    grep -q '^JDBC_URL=' "$logs/database.log" && break
    kill -0 "${pids[0]}" 2>/dev/null || { cat "$logs/database.log"; say "the database did not start"; exit 1; }
    sleep 0.2
  done
  export QUARKUS_DATASOURCE_JDBC_URL=$(sed -n 's/^JDBC_URL=//p' "$logs/database.log" | head -n 1)
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
  [ -n "$QUARKUS_DATASOURCE_JDBC_URL" ] || { say "the database did not start; see $logs/database.log"; exit 1; }
  say "database ready (data in $data_dir/pgdata)"
fi

# 2. The backend, loading the demo data set into an empty database. The privacy key below is a
# fixed local-only key (the demo data holds no real numbers); deployments set their own.
# The package step also writes a class-data archive (AppCDS) of the classes start-up loads, which
# takes about 0.4 s off the start; the JVM checks it against the class path it was made with
# ("quarkus-run.jar", relative), hence the cd, and ignores it if it does not match (-Xshare:auto).
cds=(); [ -f "$(dirname "$jar")/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto)
PORT=$api_port XINHUO_DEMO_DATA=${XINHUO_DEMO_DATA:-true} \
  XINHUO_PRIVACY_KEY=${XINHUO_PRIVACY_KEY:-bG9jYWwtcnVuLW9ubHkta2V5LW5vdC1hLXNlY3JldDA=} \
  bash -c 'cd "$1" && shift && exec "$@"' - "$(dirname "$jar")" \
  java ${XINHUO_JAVA_OPTS:--Xmx512m -XX:+ExitOnOutOfMemoryError} "${cds[@]}" -jar quarkus-run.jar </dev/null >"$logs/backend.log" 2>&1 &
pids+=($!)
# the first start loads the demo data set through the services: minutes on a busy machine
wait_for "http://localhost:$api_port/q/health/ready" "${XINHUO_START_TIMEOUT:-300}" "${pids[-1]}" backend || exit 1

# 3. The SPA, built, served by Vite's preview server with /api and /q proxied to the backend.
if [ "$api_only" != 1 ]; then
  (cd frontend && XINHUO_API_PORT=$api_port XINHUO_WEB_PORT=$web_port \
    exec node node_modules/vite/bin/vite.js preview --port "$web_port" --strictPort) \
    </dev/null >"$logs/spa.log" 2>&1 &
  pids+=($!)
  wait_for "http://localhost:$web_port/" 60 "${pids[-1]}" SPA || exit 1
fi

say "ready"
[ "$api_only" = 1 ] || say "  SPA         http://localhost:$web_port/"
say "  API         http://localhost:$api_port/api/v1/organizations"
say "  Swagger UI  http://localhost:$api_port/q/swagger-ui/"
say "  health      http://localhost:$api_port/q/health/ready"
say "  logs        $logs"
say "Ctrl-C stops everything."

# Stay up while all run; if one dies, stop the rest.
set +e
wait -n "${pids[@]}"
say "a process exited; see $logs"
exit 1
