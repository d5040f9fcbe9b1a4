#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a new, empty database on the product's server (R4):
#
#   scripts/restore.sh FILE DATABASE
#
# DATABASE is created (UTF-8, from template0); one that exists already must be empty, so a restore
# never mixes with live data. pg_restore runs in a single transaction and stops at the first error:
# the database then holds the whole backup or nothing. Owners and grants are not restored — the
# restoring account owns everything, as the product's own account does in the deployment. Planner
# statistics are rebuilt (ANALYZE). Then point the product at it: QUARKUS_DATASOURCE_JDBC_URL=
# jdbc:postgresql://HOST:PORT/DATABASE (printed at the end), with the same XINHUO_PRIVACY_KEY as the
# backed-up deployment — the ID card and mobile numbers are encrypted with it.
#
# Which server: QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD), else the running ./run.sh's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/database.sh"

[ $# -eq 2 ] || { sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
file=$1
target=$2
[ -f "$file" ] || die "no backup file $file"
[[ $target =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name: lower-case letters, digits and _ only"
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --quiet -c "$(basename "$file").sha256") || die "$file does not match its checksum"
fi

use_product_database
require_tool_for_server pg_restore postgres
started=$(date +%s%N)
exists=$("${PSQL[@]}" -d postgres -c "select count(*) from pg_database where datname = '$target'")
if [ "$exists" = 1 ]; then
  used=$("${PSQL[@]}" -d "$target" -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                         where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')")
  [ "$used" = 0 ] || die "database $target exists and is not empty: restore into a new one"
else
  "${PSQL[@]}" -d postgres -c "create database $target encoding 'UTF8' template template0"
fi
"$(pg_tool pg_restore)" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$target" "$file"
"${PSQL[@]}" -d "$target" -c 'analyze'
took=$(( ($(date +%s%N) - started) / 1000000 ))
tables=$("${PSQL[@]}" -d "$target" -c "select count(*) from pg_tables where schemaname = 'public'")
say "restored $file into $target at $PGHOST:$PGPORT: $tables tables in $took ms"
say "serve it with QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$target"
