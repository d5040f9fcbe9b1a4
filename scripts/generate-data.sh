#!/usr/bin/env bash
# Fills an empty Xinhuo database with realistic synthetic data at a named scale, repeatable from a
# seed (the same scale, seed and --as-of day give the same rows, byte for byte):
#
#   scripts/generate-data.sh <tiny|city|province|nation> [--seed N] [--as-of YYYY-MM-DD]
#
#   tiny      50 organizations in five levels, 400 五老, 120 pairs, 1,000 activities, 60 accounts (the test suite's)
#   city      the demo data set of 五大连池市 (seeds/demo): the backend starts once with XINHUO_DEMO_DATA=true
#             and loads it through its own services; --seed does not apply
#   province  20,000 organizations (province → 13 地市 → 128 县 → 1,370 乡镇/街道 → 18,488 village, community
#             and school groups), 1,000,000 五老, 300,000 beneficiaries and pairs, 3,000,000 activities within the
#             last year, 10,000 accounts, a year of evaluations
#   nation    1,100,000 organizations (nation → 31 provinces → …), 13,000,000 五老, 3,900,000 pairs,
#             39,000,000 activities, 130,000 accounts
#
# Options: --seed N (default 1); --as-of D, the "today" of the data (default today, China time): the
# year of activities and evaluations ends on it, ages are counted to it.
#
# Where the data goes: QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD) when set; else an embedded
# PostgreSQL like run.sh's, kept in $XINHUO_DATA_DIR/pgdata when XINHUO_DATA_DIR is set (so run.sh
# serves it afterwards), else a throw-away one (a measurement only). The database must be empty: the
# generator refuses one that holds anything (the demo data included), so generated and demo data never
# mix; and run.sh's demo loader only fills a database without organizations, so it leaves generated
# data alone. To serve generated data:
#
#   XINHUO_DATA_DIR=/tmp/province scripts/generate-data.sh province
#   XINHUO_DATA_DIR=/tmp/province XINHUO_API_ONLY=1 XINHUO_DEMO_DATA=false ./run.sh
#
# Accounts (password Xinhuo@2016, no forced change; in 等保 mode it expires 90 days after --as-of):
# sysadmin (SYSTEM_ADMIN); org<ID>-admin at every committee (ORG_ADMIN; org1-admin is the root's),
# org<ID>-viewer at every committee above the townships, org<ID>-leader in some of the groups. No
# mobile numbers are generated (no range of them reaches nobody); ID card numbers are well formed but
# begin with the region 9, which does not exist, and are encrypted with XINHUO_PRIVACY_KEY (default:
# run.sh's local key, so run.sh can read them).
#
# How: a Java program in the backend's test classes (cn.xinhuo.bench.DataGenerator) runs the Flyway
# migrations, then writes every table with COPY in one transaction: keys, indexes and triggers off
# during the load, rebuilt and checked before the commit (the organization paths are computed as the
# triggers would; the audit trail stays empty), sequences moved past the ids, tables analysed. Java
# rather than SQL because the rows need the application's own pinyin initials, keyed hashes and
# encryption, bcrypt and score totals. It prints the time and rows per second of every table.
#
# Needs a built backend: ./mvnw -q -pl backend -DskipTests package (which compiles the test classes).
# XINHUO_GEN_JAVA_OPTS sets the generator's JVM options (default -Xmx3g; nation -Xmx8g). With
# -Dxinhuo.gen.skipRollups=true among them it leaves the dashboard's rollups empty (the load alone: the nation's
# rebuild, `select stats_rollup_rebuild()`, runs for hours on 2 cores; see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
scale=$1
shift
case "$scale" in
  tiny|province|nation|city) ;;
  *) usage ;;
esac

say() { printf '[generate] %s\n' "$*"; }

classpath=backend/target/local-db.classpath
for f in "$classpath" backend/target/test-classes/cn/xinhuo/bench/DataGenerator.class backend/target/classes/db/migration; do
  [ -e "$f" ] || { say "missing $f: build first (./mvnw -q -pl backend -DskipTests package)"; exit 1; }
done
cp="$(cat "$classpath"):backend/target/classes:backend/target/test-classes"

pids=()
tmp=
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  [ -z "$tmp" ] || rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. The database.
if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  say "into the database at $QUARKUS_DATASOURCE_JDBC_URL"
  logs=$(mktemp -d)
  tmp=$logs
else
  if [ -n "${XINHUO_DATA_DIR:-}" ]; then
    mkdir -p "$XINHUO_DATA_DIR/logs"
    data_dir=$(cd "$XINHUO_DATA_DIR" && pwd)
    logs=$data_dir/logs
  else
    tmp=$(mktemp -d)
    data_dir=$tmp
    logs=$tmp
    say "no XINHUO_DATA_DIR: a throw-away database (the data is gone when this ends)"
  fi
  : > "$logs/generate-database.log"
  java -cp "$cp" cn.xinhuo.support.LocalDatabase "$data_dir/pgdata" "${XINHUO_DB_PORT:-0}" \
    </dev/null >"$logs/generate-database.log" 2>&1 &
  pids+=($!)
  until grep -q '^JDBC_URL=' "$logs/generate-database.log"; do
    kill -0 "${pids[0]}" 2>/dev/null || { cat "$logs/generate-database.log"; say "the database did not start"; exit 1; }
    sleep 0.2
  done
  export QUARKUS_DATASOURCE_JDBC_URL=$(sed -n 's/^JDBC_URL=//p' "$logs/generate-database.log" | head -n 1)
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
  say "embedded PostgreSQL, data in $data_dir/pgdata"
fi

# 2a. city: the demo data set, loaded by the backend itself.
if [ "$scale" = city ]; then
  jar=backend/target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || { say "missing $jar: build first"; exit 1; }
  start=$SECONDS
  PORT=0 XINHUO_DEMO_DATA=true XINHUO_PRIVACY_KEY=${XINHUO_PRIVACY_KEY:-bG9jYWwtcnVuLW9ubHkta2V5LW5vdC1hLXNlY3JldDA=} \
    java -jar "$jar" </dev/null >"$logs/generate-backend.log" 2>&1 &
  pids+=($!)
  until grep -q 'Listening on' "$logs/generate-backend.log"; do
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$logs/generate-backend.log"; say "the backend did not start"; exit 1; }
    sleep 0.5
  done
  if ! grep -o 'demo data loaded.*' "$logs/generate-backend.log"; then
    say "no demo data loaded: the database was not empty (see $logs/generate-backend.log)"
    exit 1
  fi
  say "city (the demo data set) loaded in $((SECONDS - start)) s; its accounts are in README.md (password Xinhuo@2016)"
  exit 0
fi

# 2b. the generated scales.
heap=-Xmx3g
[ "$scale" = nation ] && heap=-Xmx8g
# shellcheck disable=SC2086 # the options are words
java ${XINHUO_GEN_JAVA_OPTS:-$heap} -cp "$cp" cn.xinhuo.bench.DataGenerator "$scale" "$@"
say "done; log in as sysadmin, org1-admin (the root), org<ID>-admin … with the password Xinhuo@2016"
