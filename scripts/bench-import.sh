#!/usr/bin/env bash
# Measures the 五老 roster import as a user waits for it: a 10,000-row roster with one bad row
# (rejected, nothing written), the same roster fixed (all imported), and the fixed roster again
# (nothing changes). Runs the product API-only on a throw-away embedded PostgreSQL with the demo
# data, imports as xingan-admin into 兴安乡关工委, prints one line per import. Target: < 15 s each.
#   scripts/bench-import.sh [rows]        (default 10000; needs ./mvnw -DskipTests package and test-compile)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000}
port=${BENCH_API_PORT:-48080}
dir=$(mktemp -d)
: > "$dir/run.log"
XINHUO_API_ONLY=1 XINHUO_SKIP_BUILD=1 XINHUO_DATA_DIR="$dir" XINHUO_API_PORT=$port ./run.sh > "$dir/run.log" 2>&1 &
product=$!
trap 'kill -TERM $product 2>/dev/null; wait $product 2>/dev/null; rm -rf "$dir"' EXIT
until grep -qx '\[xinhuo\] ready' "$dir/run.log"; do
  kill -0 $product 2>/dev/null || { cat "$dir/run.log"; exit 1; }
  sleep 0.5
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo); $(date -u +%FT%TZ)"
java -cp "$(cat backend/target/local-db.classpath):backend/target/test-classes" \
  cn.xinhuo.support.ImportBenchmark "http://localhost:$port" "$rows"
echo "inside the backend (checking the rows, then writing them in one transaction):"
grep -o 'roster import .*' "$dir/logs/backend.log" || true
