#!/usr/bin/env bash
# The benchmark of issue #9: the real users' mix (Gatling, open workload) against the running product,
# per operation throughput and p50/p95/p99, the database floor of each read (its own SQL run directly
# on PostgreSQL) and the ratio API ÷ database, the backend's peak resident memory and its start-up time.
#
#   scripts/bench.sh [--mode mix|low|soak] [--rate R] [--duration S] [--in-place]
#
#   --mode mix   the mix at R requests/s (default 50) for S seconds (default 60), imports beside
#   --mode low   each operation alone at R requests/s (default 5) for S seconds each (default 20)
#   --mode soak  the mix for S seconds (default 1800) at R requests/s (default 25), the backend's
#                resident memory and old generation sampled every 10 s (a full GC before every sixth)
#                and judged flat or growing
#   --in-place   run on BENCH_DATA itself instead of a throw-away copy (large generated data sets)
#
# Unless BENCH_URL names a running product, it starts the product API-only (run.sh) on a copy of the
# data folder BENCH_DATA (a run.sh data folder; default .local-bench/demo, made with the demo data on
# first use), with PostgreSQL's jsonlog on for the database step, and stops it at the end. With
# QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD) that server is used instead of a copy.
# The table is printed and written to bench/results/<date>-<scale>-<mode>-<rate>rps.md (BENCH_SCALE, default city).
#
# Other settings (environment): BENCH_API_PORT (48080), BENCH_ADMIN (city-admin), BENCH_PASSWORD
# (Xinhuo@2016), BENCH_PERIOD (2016-H1), BENCH_TOWNSHIP_ADMINS / BENCH_GROUP_LEADERS (comma lists; found
# through the API when empty), BENCH_TOWNSHIP_TYPE (TOWNSHIP_COMMITTEE), BENCH_IMPORTS_PER_MINUTE (1; soak 0),
# BENCH_DB_URL (+ _USER, _PASSWORD) for the database step against a product started elsewhere,
# BENCH_OPTS (more -Dbench.… settings), BENCH_KEEP=1 (keep the run's copy). Needs Java 17 and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=mix rate= duration= in_place=0
while [ $# -gt 0 ]; do
  case $1 in
    --mode) mode=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --in-place) in_place=1; shift ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case $mode in
  mix) rate=${rate:-50}; duration=${duration:-60} ;;
  low) rate=${rate:-5}; duration=${duration:-20} ;;
  soak) rate=${rate:-25}; duration=${duration:-1800} ;;
  *) echo "--mode is mix, low or soak" >&2; exit 2 ;;
esac
# a soak is the mix played long; only the memory series and its verdict are its own. It holds the data
# steady: the mix's 10,000-row imports, one a minute, would add 300,000 people to the register in half an
# hour, and a register grown a hundredfold is a scale test, not a soak (BENCH_IMPORTS_PER_MINUTE sets them)
load_mode=$mode imports=1; [ "$mode" = soak ] && load_mode=mix imports=0

say() { printf '[bench] %s\n' "$*"; }
work=$root/bench/target/bench
gatling_results=$root/bench/target/gatling
port=${BENCH_API_PORT:-48080}
url=${BENCH_URL:-http://localhost:$port}
source_data=${BENCH_DATA:-.local-bench/demo}
mkdir -p "$work"
rm -f "$work/process.properties" "$work/db-floor.json" "$work/workload.json" "$work/rss.peak" "$work/memory.series"

# 1. Built: the backend (unless a running product is given) and the benchmark module.
jar=backend/target/quarkus-app/quarkus-run.jar
if [ -z "${BENCH_URL:-}" ] && { [ ! -f "$jar" ] || [ ! -f backend/target/local-db.classpath ] ||
    [ -n "$(find backend/src backend/pom.xml seeds/demo -newer "$jar" -type f -print -quit)" ]; }; then
  say "building the backend…"
  ./mvnw -q -DskipTests -pl backend package
fi
./mvnw -q -pl bench package
java_bench=(java --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$(cat bench/target/bench.classpath):bench/target/classes")

product= sampler= backend= run_dir=
stop_all() {
  trap - EXIT INT TERM
  [ -n "$sampler" ] && kill $sampler 2>/dev/null || true
  if [ -n "$product" ]; then
    say "stopping the product…"
    kill -TERM "$product" 2>/dev/null || true
    wait "$product" 2>/dev/null || true
  fi
  if [ "$in_place" = 0 ] && [ -n "$run_dir" ] && [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$run_dir"; fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

start_product() { # data-folder log
  XINHUO_API_ONLY=1 XINHUO_SKIP_BUILD=1 XINHUO_DATA_DIR="$1" XINHUO_API_PORT=$port \
    XINHUO_SECURITY_RATE_LIMIT_LOGIN_PER_ADDRESS=${XINHUO_SECURITY_RATE_LIMIT_LOGIN_PER_ADDRESS:-100000} \
    ./run.sh > "$2" 2>&1 &
  product=$!
}
wait_ready() { # log
  until grep -qx '\[xinhuo\] ready' "$1"; do
    kill -0 "$product" 2>/dev/null || { cat "$1"; say "the product did not start"; exit 1; }
    sleep 0.5
  done
}

# 2. The product: started here on a copy of the data (or in place), unless BENCH_URL is given.
db_url=${BENCH_DB_URL:-} db_user=${BENCH_DB_USER:-postgres} db_password=${BENCH_DB_PASSWORD:-postgres}
data_note="data: the product at $url"
if [ -z "${BENCH_URL:-}" ]; then
  if curl -fsS -o /dev/null "$url/q/health/live" 2>/dev/null; then
    say "port $port is taken; stop what runs there or set BENCH_API_PORT"; exit 1
  fi
  if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    run_dir=$(mktemp -d)
    db_url=${db_url:-$QUARKUS_DATASOURCE_JDBC_URL} db_user=${QUARKUS_DATASOURCE_USERNAME:-$db_user}
    db_password=${QUARKUS_DATASOURCE_PASSWORD:-$db_password}
    data_note="data: the database at $QUARKUS_DATASOURCE_JDBC_URL (the database step needs its jsonlog on)"
  else
    if [ ! -d "$source_data/pgdata" ]; then
      [ -n "${BENCH_DATA:-}" ] && { say "no pgdata in $source_data"; exit 1; }
      say "first use: loading the demo data set into $source_data (a few minutes, once)…"
      mkdir -p "$source_data"
      start_product "$source_data" "$source_data/prepare.log"
      wait_ready "$source_data/prepare.log"
      kill -TERM "$product"; wait "$product" 2>/dev/null || true; product=
    fi
    if [ "$in_place" = 1 ]; then
      run_dir=$source_data
    else
      run_dir=$(dirname "$source_data")/run.$$
      say "copying $source_data ($(du -sh "$source_data/pgdata" | cut -f1)) to $run_dir…"
      rm -rf "$run_dir"; mkdir -p "$run_dir"; cp -a "$source_data/pgdata" "$run_dir/pgdata"
    fi
    # the database step reads the statements of sample requests from PostgreSQL's own log (jsonlog)
    grep -q '^# xinhuo-bench' "$run_dir/pgdata/postgresql.conf" || cat >> "$run_dir/pgdata/postgresql.conf" <<'EOF'
# xinhuo-bench: scripts/bench.sh reads sample requests' statements from this log
logging_collector = on
log_destination = 'stderr,jsonlog'
EOF
    data_note="data: a copy of $source_data (embedded PostgreSQL 15, fsync off as in the tests)"
    [ "$in_place" = 1 ] && data_note="data: $source_data in place (embedded PostgreSQL 15, fsync off)"
  fi
  mkdir -p "$run_dir/logs"
  : > "$run_dir/logs/backend.log"
  say "starting the product (API only) on port $port…"
  start_product "$run_dir" "$run_dir/run.log"
  # the backend's JVM: its start (from /proc) to the first ready answer is the start-up time
  until backend=$(pgrep -P "$product" -f quarkus-run.jar); do
    kill -0 "$product" 2>/dev/null || { cat "$run_dir/run.log"; exit 1; }
    sleep 0.05
  done
  until curl -fsS -o /dev/null "$url/q/health/ready" 2>/dev/null; do
    kill -0 "$backend" 2>/dev/null || { cat "$run_dir/run.log"; say "the backend exited"; exit 1; }
    sleep 0.05
  done
  # both in seconds since boot: the JVM's start (/proc/PID/stat, field 22) and now
  startup=$(awk -v hz="$(getconf CLK_TCK)" -v now="$(cut -d' ' -f1 /proc/uptime)" \
    '{printf "%.2f", now - $22 / hz}' "/proc/$backend/stat")
  wait_ready "$run_dir/run.log"
  [ -n "$db_url" ] || db_url=$(sed -n 's/^JDBC_URL=//p' "$run_dir/logs/database.log" | head -n 1)
  {
    echo "startup_s=$startup"
    echo "quarkus_started_s=$(grep -o 'started in [0-9.]*s' "$run_dir/logs/backend.log" | grep -o '[0-9.]*' | head -n 1)"
  } >> "$work/process.properties"
  say "backend ready (pid $backend), start-up $(sed -n 's/^startup_s=//p' "$work/process.properties") s"
fi
{
  echo "data=$data_note"
  echo "load=Load average (1, 5, 15 min) before the load: $(cut -d' ' -f1-3 /proc/loadavg) — other work on the machine disturbs the figures"
  echo "machine=Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -n 1); load tool on the same machine; $(date -u +%FT%TZ)"
} >> "$work/process.properties"

# 3. Whom to act as and on what (found through the API), the database floor of the reads on the data
# as they find it, then the load (Gatling), then the table.
settings=(-Dbench.url="$url" -Dbench.mode="$load_mode" -Dbench.workDir="$work" -Dbench.reuseWorkload=true
  -Dbench.admin="${BENCH_ADMIN:-city-admin}" -Dbench.password="${BENCH_PASSWORD:-Xinhuo@2016}"
  -Dbench.period="${BENCH_PERIOD:-2016-H1}" -Dbench.townshipAdmins="${BENCH_TOWNSHIP_ADMINS:-}"
  -Dbench.groupLeaders="${BENCH_GROUP_LEADERS:-}" -Dbench.importsPerMinute="${BENCH_IMPORTS_PER_MINUTE:-$imports}"
  -Dbench.townshipType="${BENCH_TOWNSHIP_TYPE:-TOWNSHIP_COMMITTEE}")
# any other -Dbench.… setting (BenchSettings), e.g. BENCH_OPTS="-Dbench.townships=16 -Dbench.warmup=30"
read -r -a extra <<< "${BENCH_OPTS:-}"
settings+=("${extra[@]}")
if [ "$mode" = low ]; then
  settings+=(-Dbench.lowRate="$rate" -Dbench.lowDuration="$duration")
else
  settings+=(-Dbench.rate="$rate" -Dbench.duration="$duration")
fi
"${java_bench[@]}" "${settings[@]}" cn.xinhuo.bench.Workload

say "database floor: the reads' own SQL, run directly…"
"${java_bench[@]}" "${settings[@]}" -Dbench.dbUrl="$db_url" -Dbench.dbUser="$db_user" -Dbench.dbPassword="$db_password" \
  cn.xinhuo.bench.DatabaseFloor

say "Gatling: $mode, rate $rate, duration $duration s…"
if [ -n "$backend" ]; then
  # resident memory of the backend during the load, sampled twice a second
  (peak=0; while kill -0 "$backend" 2>/dev/null; do
      rss=$(awk '/^VmRSS/ {print $2}' "/proc/$backend/status" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "$peak" ] && { peak=$rss; echo "$peak" > "$work/rss.peak"; }
      sleep 0.5
    done) &
  sampler=$!
  # the memory series of a soak: seconds, resident kB and the old generation's used kB (jstat), every 10 s;
  # once a minute a full collection (jcmd GC.run) comes first, so the old generation's floor is what
  # survives rather than how far G1 has let garbage pile up before its next marking cycle
  if [ "$mode" = soak ]; then
    (start=$(date +%s); n=0; while kill -0 "$backend" 2>/dev/null; do
        [ $(( n++ % 6 )) -eq 5 ] && jcmd "$backend" GC.run > /dev/null 2>&1
        rss=$(awk '/^VmRSS/ {print $2}' "/proc/$backend/status" 2>/dev/null || echo 0)
        old=$(jstat -gc "$backend" 2>/dev/null | awk 'NR==2 {printf "%.0f", $8}')
        echo "$(( $(date +%s) - start )) ${rss:-0} ${old:-0}" >> "$work/memory.series"
        sleep 10
      done) &
    sampler="$sampler $!"
  fi
fi
./mvnw -q -pl bench gatling:test "${settings[@]}" > "$work/gatling.log" 2>&1 || {
  tail -n 40 "$work/gatling.log"; say "Gatling failed; its output: $work/gatling.log"; exit 1; }
if [ -n "$backend" ]; then
  echo "rss_hwm_mb=$(awk '/^VmHWM/ {printf "%.0f", $2/1024}' "/proc/$backend/status")" >> "$work/process.properties"
  kill $sampler 2>/dev/null || true; sampler=
  [ -f "$work/rss.peak" ] && echo "rss_peak_mb=$(awk '{printf "%.0f", $1/1024}' "$work/rss.peak")" >> "$work/process.properties"
fi

result=bench/results/$(date +%F)-${BENCH_SCALE:-city}-$mode-${rate}rps.md
echo
"${java_bench[@]}" "${settings[@]}" -Dbench.gatlingResults="$gatling_results" -Dbench.resultFile="$result" \
  -Dbench.command="scripts/bench.sh --mode $mode --rate $rate --duration $duration" cn.xinhuo.bench.ResultTable
