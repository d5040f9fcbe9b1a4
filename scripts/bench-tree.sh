#!/usr/bin/env bash
# Measures the organization-tree queries on a nation-sized tree (1,082,242 organizations) in a
# throw-away embedded PostgreSQL: prints each query's execution time as PostgreSQL reports it.
# The headings are lower-case lines; plan lines are filtered out. Needs a built backend (./mvnw -pl backend package -DskipTests) and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
port=${BENCH_DB_PORT:-55999}
: > "$dir/db.log"
java -cp "$(cat backend/target/local-db.classpath):backend/target/test-classes" \
  cn.xinhuo.support.LocalDatabase "$dir/pg" "$port" > "$dir/db.log" 2>&1 &
db=$!
trap 'kill $db 2>/dev/null; wait $db 2>/dev/null; rm -rf "$dir"' EXIT
until grep -q '^JDBC_URL=' "$dir/db.log"; do kill -0 $db || { cat "$dir/db.log"; exit 1; }; sleep 0.2; done
psql=(psql -X -q -h localhost -p "$port" -U postgres -d xinhuo -v ON_ERROR_STOP=1)
for m in backend/src/main/resources/db/migration/V*.sql; do "${psql[@]}" -f "$m" > /dev/null; done
echo "generating the tree…"
"${psql[@]}" -f scripts/bench/tree-nation.sql | grep -E 'Time|^ +[0-9]+$'
echo "queries (execution time):"
"${psql[@]}" -f scripts/bench/tree-queries.sql | grep -E '^[a-z]|Execution Time' | sed 's/^ *//'
